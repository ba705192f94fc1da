package org.evidencedesk.signing;

import java.time.Instant;

/**
 * Keeps a stored signature verifiable past its certificates and its hash algorithm: before the newest
 * time-stamp's certificate expires, or the algorithm's end of life comes, a fresh archive time-stamp covers
 * the signature, its content and all the validation data gathered so far (ETSI EN 319 122-1, CAdES-BASELINE-LTA,
 * and EN 319 142-1, PAdES-BASELINE-LTA). One implementation per signature format.
 */
public interface ArchiveTimestamps {

    /**
     * The signature with the validation data of its newest time-stamp added and one more archive time-stamp
     * over everything; the signature value and every earlier attribute unchanged.
     *
     * @param signature the stored signature (a detached CMS SignedData, or a whole signed PDF)
     * @param content the detached content the signature covers; empty for a PDF, which contains its content
     * @throws IllegalArgumentException if {@code signature} is not a signature of this format
     */
    byte[] renew(byte[] signature, byte[] content);

    /**
     * When the signature needs its next archive time-stamp: the earlier of the newest time-stamp's certificate
     * expiry and the configured end of life of the hash algorithm it uses.
     *
     * @throws IllegalArgumentException if {@code signature} is not a signature of this format
     */
    Instant renewBy(byte[] signature);
}
