package org.evidencedesk.signing;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Evidence Desk signs with: the root every verifier is told to trust, the credential of the
 * time-stamping authority that stamps evidence, the one that answers the public {@code /tsa} (its own
 * certificate, so its tokens are told apart even before their policy is read) and the credential that
 * signs receipts and bundles. Every chain ends at the root, except the signer's when the installation imported its
 * court's own CA-issued certificate ({@code ./pki import-pkcs12}): that one ends at the court's root.
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

    /** The root the signer's chain ends at: {@link #rootCertificate()}, or the court's root for an imported signer. */
    public X509Certificate signingRoot() {
        return signing.chain().get(signing.chain().size() - 1);
    }

    /** The court's root, when the installation signs with its court's imported certificate; empty for the built-in signer. */
    public Optional<X509Certificate> courtRoot() {
        return rootCertificate.equals(signingRoot()) ? Optional.empty() : Optional.of(signingRoot());
    }

    /** The anchors what this installation signs and stamps verifies against: its root, and the court's if it signs with one. */
    public Set<X509Certificate> anchors() {
        return courtRoot().map(court -> Set.of(rootCertificate, court)).orElse(Set.of(rootCertificate));
    }
}
