package org.evidencedesk.signing;

/** Obtains RFC 3161 time-stamp tokens: from the built-in authority, or later from an external TSA. */
public interface Timestamper {

    /**
     * A token over this SHA-256 digest.
     *
     * @throws TimestampException if no token could be obtained; nothing should be recorded as stamped then
     */
    TimestampToken stamp(byte[] sha256Digest);
}
