package org.evidencedesk.signing;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.evidencedesk.shared.Phrase;

/** What a certificate must allow to do each job; checked when keys are loaded and again when signatures are verified. */
enum CertificatePurpose {

    /**
     * Documents (receipts, manifests, checkpoints, rulings): key usage stated, with digitalSignature or
     * nonRepudiation, and never a time-stamping certificate, whose key signs tokens only. Otherwise the
     * key behind the public {@code /tsa} could sign a receipt that passes for the court's.
     */
    SIGNING {
        @Override
        Optional<Phrase> problemWith(X509Certificate certificate) {
            Optional<List<String>> usages = extendedKeyUsages(certificate);
            if (usages.isEmpty()) {
                return Optional.of(SigningProblem.EXTENDED_KEY_USAGE_UNREADABLE.with());
            }
            if (usages.get().contains(KeyPurposeId.id_kp_timeStamping.getId())) {
                return Optional.of(SigningProblem.TIMESTAMPING_NOT_SIGNER.with());
            }
            boolean[] usage = certificate.getKeyUsage();
            if (usage == null) {
                return Optional.of(SigningProblem.NO_KEY_USAGE.with());
            }
            return allowsSigning(usage)
                    ? Optional.empty()
                    : Optional.of(SigningProblem.KEY_USAGE_NO_SIGNING.with());
        }
    },

    /** RFC 3161 section 2.3: extended key usage timeStamping, alone and critical; openssl and Bouncy Castle insist. */
    TIMESTAMPING {
        @Override
        Optional<Phrase> problemWith(X509Certificate certificate) {
            boolean[] usage = certificate.getKeyUsage();
            if (usage != null && !allowsSigning(usage)) {
                return Optional.of(SigningProblem.KEY_USAGE_NO_SIGNING.with());
            }
            Optional<List<String>> usages = extendedKeyUsages(certificate);
            if (usages.isEmpty()) {
                return Optional.of(SigningProblem.EXTENDED_KEY_USAGE_UNREADABLE.with());
            }
            boolean critical = certificate.getCriticalExtensionOIDs() != null
                    && certificate.getCriticalExtensionOIDs().contains(Extension.extendedKeyUsage.getId());
            return usages.get().equals(List.of(KeyPurposeId.id_kp_timeStamping.getId())) && critical
                    ? Optional.empty()
                    : Optional.of(SigningProblem.NOT_TIMESTAMPING.with());
        }
    };

    // Indexes into X509Certificate#getKeyUsage.
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    /** Why this certificate cannot do the job, or empty if it can. */
    abstract Optional<Phrase> problemWith(X509Certificate certificate);

    private static boolean allowsSigning(boolean[] usage) {
        return usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION];
    }

    /** The extended key usages, none if the certificate states none; empty if they cannot be read. */
    private static Optional<List<String>> extendedKeyUsages(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return Optional.of(usages == null ? List.of() : usages);
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
    }
}
