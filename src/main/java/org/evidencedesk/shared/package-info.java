/**
 * What every area may use and that belongs to none: business exceptions with message keys, phrases (a message key
 * with its arguments, said in the reader's language), canonical JSON, digests and safe log text. Imports no area.
 */
package org.evidencedesk.shared;
