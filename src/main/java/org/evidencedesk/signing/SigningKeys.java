package org.evidencedesk.signing;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * What Evidence Desk signs with: the root every verifier is told to trust, the credential of the
 * time-stamping authority that stamps evidence, the one that answers the public {@code /tsa} (its own
 * certificate, so its tokens are told apart even before their policy is read) and the credential that
 * signs receipts and bundles. Every chain ends at the root.
 */
public record SigningKeys(X509Certificate rootCertificate, Credential timestamping, Credential publicTimestamping,
                          Credential signing) {

    /** The name the root certificate downloads under ({@code /root-ca.pem}), which printed commands use. */
    public static final String ROOT_CERTIFICATE_DOWNLOAD = "evidence-desk-root-ca.pem";

    public SigningKeys {
        Objects.requireNonNull(rootCertificate, "rootCertificate");
        Objects.requireNonNull(timestamping, "timestamping");
        Objects.requireNonNull(publicTimestamping, "publicTimestamping");
        Objects.requireNonNull(signing, "signing");
    }
}
