/**
 * The legal rules that move a burden of proof or ground a disclosure order, read as versioned data from
 * {@code config/rules/}, and the administrator's switch for proposed ones.
 */
package org.evidencedesk.rules;
