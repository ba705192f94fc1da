/**
 * The court's documents on disclosure requests, burden shifts and presumptions, each in the form the law gives
 * it (a ruling, a notice or a recorded finding, see {@link org.evidencedesk.ruling.DocumentForm}): each kept as a
 * PDF signed with the system's signing key (PAdES), stored write-once and recorded in the custody log.
 */
package org.evidencedesk.ruling;
