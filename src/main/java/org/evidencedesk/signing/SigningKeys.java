package org.evidencedesk.signing;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * What Evidence Desk signs with: the root every verifier is told to trust, the time-stamping
 * authority's credential and the credential that signs receipts and bundles. Both chains end at the root.
 */
public record SigningKeys(X509Certificate rootCertificate, Credential timestamping, Credential signing) {

    public SigningKeys {
        Objects.requireNonNull(rootCertificate, "rootCertificate");
        Objects.requireNonNull(timestamping, "timestamping");
        Objects.requireNonNull(signing, "signing");
    }
}
