package org.evidencedesk.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a piece of content is, independent of where it is kept: its SHA-256 (the content address, and what
 * timestamps and bundles name) and its SM3 (the national standard Chinese courts and notaries compute), both
 * as lowercase hex, and its size in bytes.
 */
public record ContentDigest(String sha256, String sm3, long size) {

    // Both digests are 256 bits. Lowercase only, so one content has exactly one spelling and one path.
    private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

    public ContentDigest {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
        if (!isHex256(sha256) || !isHex256(sm3)) {
            throw new IllegalArgumentException("digests must be 64 lowercase hex characters");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    /** Whether {@code value} is a 256-bit digest spelled as 64 lowercase hex characters. */
    public static boolean isHex256(String value) {
        return value != null && HEX_256.matcher(value).matches();
    }
}
