/**
 * Keys and certificates, the built-in RFC 3161 time-stamping authority, CAdES detached signatures and
 * their verification: ports the rest of Evidence Desk calls, with Bouncy Castle and file-system adapters.
 */
package org.evidencedesk.signing;
