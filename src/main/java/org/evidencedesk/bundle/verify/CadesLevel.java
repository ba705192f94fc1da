package org.evidencedesk.bundle.verify;

/**
 * The baseline level a CAdES signature reaches by what it carries (ETSI EN 319 122-2, section 4; the attributes as
 * ETSI EN 319 122-1 defines them): read from its structure, not a validation of it.
 */
public enum CadesLevel {

    /** Signed attributes binding the signer's certificate; nothing proves when it existed (EN 319 122-1, 5.2). */
    B,
    /** A signature-time-stamp over the signature value proves it existed then (EN 319 122-1, 5.3). */
    T,
    /**
     * The certificates and revocation data of the signer's and the signature time-stamp's chains are embedded, so it
     * can be checked offline once they expire (EN 319 122-1, 5.5.3, in SignedData.certificates and crls).
     */
    LT,
    /** An archive-time-stamp-v3 over all of it keeps it checkable past its algorithms and certificates (EN 319 122-1, 5.5.3). */
    LTA;

    /** The name as ETSI writes it: {@code CAdES-BASELINE-LTA}. */
    public String baselineName() {
        return "CAdES-BASELINE-" + name();
    }
}
