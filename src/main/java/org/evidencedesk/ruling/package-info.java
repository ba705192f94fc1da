/**
 * The court's rulings on disclosure requests, burden shifts and presumptions: each kept as a PDF signed with
 * the system's signing key (PAdES), stored write-once and recorded in the custody log.
 */
package org.evidencedesk.ruling;
