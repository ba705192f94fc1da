package org.evidencedesk.bundle;

import java.time.Instant;
import java.util.Objects;

/**
 * One piece of evidence as it goes into a bundle: what the evidence list and {@code manifest.json} say about
 * it, its recorded digests (the content is read from the store while the bundle is written, and must match),
 * its RFC 3161 token and its signed receipt, the last three spooled until the bundle streams ({@link PartSpool}).
 *
 * @param side CLAIMANT, RESPONDENT or COURT
 * @param status the court's ruling so far (SUBMITTED, ADMITTED, ...)
 */
public record BundleItem(
        String exhibit,
        String title,
        String factToProve,
        String source,
        String side,
        String status,
        String originalFilename,
        String mediaType,
        long size,
        String sha256,
        String sm3,
        Instant receivedAt,
        Instant timestampedAt,
        String tsaSerial,
        PartSpool.Piece token,
        PartSpool.Piece receipt,
        PartSpool.Piece receiptSignature) {

    public BundleItem {
        Objects.requireNonNull(exhibit, "exhibit");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(originalFilename, "originalFilename");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(receiptSignature, "receiptSignature");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
