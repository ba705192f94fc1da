package org.evidencedesk.signing;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * An issuing CA under the offline root, online in the server's keystore: it issues the signing or time-stamping
 * certificates, signs its own CRL and answers OCSP for what it issued (no delegated responder).
 *
 * @param slug the name of its files under {@code /pki/} and its keystore alias, e.g. {@code document-signing-ca}
 * @param credential its key, with the chain CA, root
 */
public record IssuingAuthority(String slug, Credential credential) {

    public IssuingAuthority {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(credential, "credential");
    }

    public X509Certificate certificate() {
        return credential.certificate();
    }

    /** Which job the CA does, read from its slug. */
    public AuthorityRole role() {
        return AuthorityRole.of(slug).orElseThrow(() -> new IllegalStateException("Not an issuing CA's slug: " + slug)).role();
    }

    /** Whether {@code certificate} is one this CA signed: the name alone could be another CA's of the same name. */
    boolean issued(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(certificate().getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate().getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
