/**
 * The legal rules that move a burden of proof, ground a disclosure order or an order for account books, read
 * as versioned data from {@code config/rules/}; the administrator's switch for proposed ones and the recorded
 * instruments that make a proposed rule binding as a new active version.
 */
package org.evidencedesk.rules;
