package org.evidencedesk.custody.revocation;

import org.evidencedesk.signing.RevokedCertificate;

/**
 * What a revocation did: the record the authorities now state, and how many case custody logs it was written to.
 *
 * @param revocation the stored record
 * @param casesRecorded the number of cases whose custody logs got the entry
 */
public record CertificateRevoked(RevokedCertificate revocation, int casesRecorded) {
}
