package org.evidencedesk.signing;

/** Why a certificate was revoked: the CRLReason codes of RFC 5280 section 5.3.1 that an administrator may give. */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The CRLReason value, as CRL entries and OCSP responses carry it. */
    public int code() {
        return code;
    }
}
