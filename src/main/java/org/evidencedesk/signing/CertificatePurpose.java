package org.evidencedesk.signing;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/** What a certificate must allow to do each job; checked when keys are loaded and again when signatures are verified. */
enum CertificatePurpose {

    /** Key usage digitalSignature or nonRepudiation, when a key usage is stated at all. */
    SIGNING {
        @Override
        Optional<String> problemWith(X509Certificate certificate) {
            boolean[] usage = certificate.getKeyUsage();
            return usage == null || usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION]
                    ? Optional.empty()
                    : Optional.of("its key usage allows neither digitalSignature nor nonRepudiation");
        }
    },

    /** RFC 3161 section 2.3: extended key usage timeStamping, alone and critical; openssl and Bouncy Castle insist. */
    TIMESTAMPING {
        @Override
        Optional<String> problemWith(X509Certificate certificate) {
            Optional<String> signing = SIGNING.problemWith(certificate);
            if (signing.isPresent()) {
                return signing;
            }
            List<String> usages;
            try {
                usages = certificate.getExtendedKeyUsage();
            } catch (CertificateParsingException e) {
                return Optional.of("its extended key usage cannot be read");
            }
            boolean critical = certificate.getCriticalExtensionOIDs() != null
                    && certificate.getCriticalExtensionOIDs().contains(Extension.extendedKeyUsage.getId());
            return usages != null && usages.equals(List.of(KeyPurposeId.id_kp_timeStamping.getId())) && critical
                    ? Optional.empty()
                    : Optional.of("it lacks the extended key usage timeStamping, alone and critical");
        }
    };

    // Indexes into X509Certificate#getKeyUsage.
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    /** Why this certificate cannot do the job, or empty if it can. */
    abstract Optional<String> problemWith(X509Certificate certificate);
}
