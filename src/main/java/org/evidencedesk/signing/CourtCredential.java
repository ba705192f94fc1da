package org.evidencedesk.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * A court's own signing credential, as its CA handed it over in a PKCS#12 file, checked before the installation
 * signs with it: exactly one private key, its chain up to a self-signed root, a certificate that may sign documents
 * ({@link CertificatePurpose#SIGNING}), every certificate of the chain valid now, and a key that belongs to the
 * certificate. Each refusal says which of these fails, so an operator can go back to the court's CA with it.
 */
final class CourtCredential {

    private static final byte[] PROBE = "Evidence Desk checks that the key belongs to the certificate".getBytes(StandardCharsets.US_ASCII);

    private CourtCredential() {
    }

    /** The one credential in {@code pkcs12}, checked at {@code now}; a {@link ConfigurationException} says what is wrong. */
    static Credential read(Path pkcs12, char[] password, Instant now) {
        KeyStore store = SigningKeyStore.open(pkcs12, password);
        Credential credential = SigningKeyStore.credential(store, pkcs12, onlyKeyAlias(store, pkcs12), password);
        List<X509Certificate> chain = credential.chain();
        X509Certificate root = chain.get(chain.size() - 1);
        if (!SigningKeyStore.isSelfSigned(root)) {
            throw new ConfigurationException(pkcs12 + ": the chain of the signing certificate must reach its self-signed root"
                    + " certificate, but ends at " + root.getSubjectX500Principal().getName()
                    + "; ask the court's CA for a PKCS#12 with the whole chain");
        }
        for (X509Certificate certificate : chain) {
            requireValid(pkcs12, certificate, now);
        }
        // RFC 5280 section 6.1: the path, signature by signature, from the leaf to the root it names.
        TrustPath.problem(credential.certificate(), chain, root, now).ifPresent(problem -> {
            throw new ConfigurationException(pkcs12 + ": the certificates do not form a chain to the root: " + problem.in(Locale.ENGLISH));
        });
        CertificatePurpose.SIGNING.problemWith(credential.certificate()).ifPresent(problem -> {
            throw new ConfigurationException(pkcs12 + ": the certificate " + credential.certificate().getSubjectX500Principal().getName()
                    + " cannot sign documents: " + problem.in(Locale.ENGLISH));
        });
        requireMatchingKey(pkcs12, credential);
        return credential;
    }

    private static String onlyKeyAlias(KeyStore store, Path pkcs12) {
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.isEmpty()) {
                throw new ConfigurationException(pkcs12 + " holds no private key, only certificates; the court's signing key must be in it");
            }
            if (keys.size() > 1) {
                throw new ConfigurationException(pkcs12 + " holds " + keys.size() + " private keys (" + String.join(", ", keys)
                        + "); it must hold exactly the one to sign with");
            }
            return keys.get(0);
        } catch (KeyStoreException e) {
            throw new ConfigurationException(pkcs12 + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void requireValid(Path pkcs12, X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new ConfigurationException(pkcs12 + ": the certificate " + certificate.getSubjectX500Principal().getName()
                    + " expired " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new ConfigurationException(pkcs12 + ": the certificate " + certificate.getSubjectX500Principal().getName()
                    + " is not valid before " + certificate.getNotBefore().toInstant());
        }
    }

    /** A key from one file and a certificate from another would make signatures no verifier accepts. */
    private static void requireMatchingKey(Path pkcs12, Credential credential) {
        try {
            String algorithm = BouncyCastle.signatureAlgorithm(credential.privateKey());
            Signature signer = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            signer.initSign(credential.privateKey());
            signer.update(PROBE);
            byte[] value = signer.sign();
            Signature verifier = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            verifier.initVerify(credential.certificate().getPublicKey());
            verifier.update(PROBE);
            if (!verifier.verify(value)) {
                throw new ConfigurationException(pkcs12 + ": the private key does not belong to the certificate "
                        + credential.certificate().getSubjectX500Principal().getName());
            }
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException(pkcs12 + ": the key cannot be tried (" + e.getMessage() + ")", e);
        }
    }
}
