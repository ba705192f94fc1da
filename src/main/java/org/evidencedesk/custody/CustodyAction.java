package org.evidencedesk.custody;

/** What a custody entry records. */
public enum CustodyAction {
    SUBMITTED, TIMESTAMPED, VIEWED, DOWNLOADED, STATUS_CHANGED, DISCLOSED, EXPORTED, CHECKPOINT,
    UNDERTAKING_ACCEPTED, DISCLOSURE, BURDEN, RULING_ISSUED,
    /** A signed evidence bundle left the server; the entry holds its SHA-256 and what it held. */
    BUNDLE_EXPORTED,
    /** A stored signature got a fresh archive time-stamp; the entry names it, its sequence and the renewal's SHA-256. */
    SIGNATURE_RENEWED,
    /**
     * An administrator revoked a certificate the installation signs or stamps with; written to every case with
     * entries from the time it was in use. The entry names the certificate, when, why and by whom.
     */
    CERTIFICATE_REVOKED
}
