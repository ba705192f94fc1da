package org.evidencedesk.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Reads {@link SigningKeys} from a PKCS#12 keystore, and writes the one a fresh installation creates.
 * Every problem an operator can cause (missing file, wrong password, wrong alias, a certificate that
 * cannot do its job) becomes a {@link ConfigurationException} that says which.
 */
public final class SigningKeyStore {

    static final String ROOT_ALIAS = "root-ca";
    static final String TIMESTAMPING_ALIAS = "tsa";
    static final String PUBLIC_TIMESTAMPING_ALIAS = "tsa-public";
    static final String SIGNING_ALIAS = "signer";
    /** A court's own CA-issued signing credential, imported with {@code ./pki import-pkcs12}; it signs instead of {@value #SIGNING_ALIAS}. */
    static final String COURT_SIGNING_ALIAS = "signer-court";
    static final String RETIRED_PREFIX = "retired-";

    private SigningKeyStore() {
    }

    /** Loads a keystore such as production's; all three chains must end at the same self-signed root. */
    public static SigningKeys load(Path pkcs12, char[] password, String timestampingAlias, String publicTimestampingAlias,
            String signingAlias) {
        KeyStore store = open(pkcs12, password);
        Credential signing = credential(store, pkcs12, signingAlias, password);
        Credential timestamping = credential(store, pkcs12, timestampingAlias, password);
        Credential publicTimestamping = credential(store, pkcs12, publicTimestampingAlias, password);
        X509Certificate root = signing.chain().get(signing.chain().size() - 1);
        if (!isSelfSigned(root)) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": the chain of '" + signingAlias
                    + "' must end at its self-signed root certificate; it ends at " + root.getSubjectX500Principal().getName());
        }
        requireSameRoot(pkcs12, timestampingAlias, timestamping, signingAlias, root);
        requireSameRoot(pkcs12, publicTimestampingAlias, publicTimestamping, signingAlias, root);
        if (timestamping.certificate().equals(publicTimestamping.certificate())) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": '" + timestampingAlias + "' and '" + publicTimestampingAlias
                    + "' hold the same certificate; public time-stamps need a certificate of their own");
        }
        require(CertificatePurpose.TIMESTAMPING, pkcs12, timestampingAlias, timestamping.certificate());
        require(CertificatePurpose.TIMESTAMPING, pkcs12, publicTimestampingAlias, publicTimestamping.certificate());
        require(CertificatePurpose.SIGNING, pkcs12, signingAlias, signing.certificate());
        return new SigningKeys(root, timestamping, publicTimestamping, signing);
    }

    /** The PKCS#12 bytes as versions before the offline root wrote them: the root key online beside the leaves it issued. */
    static byte[] encode(Credential root, Credential timestamping, Credential publicTimestamping, Credential signing, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ROOT_ALIAS, root.privateKey(), password, root.chain().toArray(Certificate[]::new));
            store.setKeyEntry(TIMESTAMPING_ALIAS, timestamping.privateKey(), password, timestamping.chain().toArray(Certificate[]::new));
            store.setKeyEntry(PUBLIC_TIMESTAMPING_ALIAS, publicTimestamping.privateKey(), password,
                    publicTimestamping.chain().toArray(Certificate[]::new));
            store.setKeyEntry(SIGNING_ALIAS, signing.privateKey(), password, signing.chain().toArray(Certificate[]::new));
            return bytes(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot encode the keystore", e);
        }
    }

    /**
     * The keystore's bytes with the entry {@code alias} added, issued by {@code issueUnderRoot} with the
     * root key it keeps, and every other entry as it was; empty if the entry is there already. This is how
     * an installation made before an entry existed gets it on its next start, its other keys untouched.
     */
    static Optional<byte[]> withEntryIfMissing(Path pkcs12, char[] password, String alias, UnaryOperator<Credential> issueUnderRoot) {
        KeyStore store = open(pkcs12, password);
        try {
            if (store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            Credential issued = issueUnderRoot.apply(credential(store, pkcs12, ROOT_ALIAS, password));
            store.setKeyEntry(alias, issued.privateKey(), password, issued.chain().toArray(Certificate[]::new));
            return Optional.of(bytes(store, password));
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": cannot add the entry '" + alias + "' (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The keystore's bytes with {@code court} under {@value #COURT_SIGNING_ALIAS}; a court credential imported before
     * is kept as a retired certificate entry, like a renewed leaf, and every other entry stays as it was.
     */
    static byte[] withCourtSigner(Path pkcs12, char[] password, Credential court) {
        KeyStore store = open(pkcs12, password);
        try {
            if (store.isKeyEntry(COURT_SIGNING_ALIAS)) {
                X509Certificate old = (X509Certificate) store.getCertificate(COURT_SIGNING_ALIAS);
                store.setCertificateEntry(retiredAlias(COURT_SIGNING_ALIAS, old), old);
            }
            store.setKeyEntry(COURT_SIGNING_ALIAS, court.privateKey(), password, court.chain().toArray(Certificate[]::new));
            return bytes(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": cannot store the court's credential (" + e.getMessage() + ")", e);
        }
    }

    /** The court's imported signing credential, if the keystore holds one. */
    static Optional<Credential> courtSigner(Path pkcs12, char[] password) {
        KeyStore store = open(pkcs12, password);
        try {
            return store.isKeyEntry(COURT_SIGNING_ALIAS)
                    ? Optional.of(credential(store, pkcs12, COURT_SIGNING_ALIAS, password))
                    : Optional.empty();
        } catch (KeyStoreException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static byte[] bytes(KeyStore store, char[] password) throws GeneralSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    /**
     * The server's keystore of an installation with an offline root: the issuing CAs under their slugs (their
     * keys sign CRLs and OCSP answers), the leaves under the usual aliases, and no root key.
     */
    static byte[] encode(List<IssuingAuthority> authorities, Credential timestamping, Credential publicTimestamping, Credential signing,
            char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (IssuingAuthority authority : authorities) {
                store.setKeyEntry(authority.slug(), authority.credential().privateKey(), password,
                        authority.credential().chain().toArray(Certificate[]::new));
            }
            store.setKeyEntry(TIMESTAMPING_ALIAS, timestamping.privateKey(), password, timestamping.chain().toArray(Certificate[]::new));
            store.setKeyEntry(PUBLIC_TIMESTAMPING_ALIAS, publicTimestamping.privateKey(), password,
                    publicTimestamping.chain().toArray(Certificate[]::new));
            store.setKeyEntry(SIGNING_ALIAS, signing.privateKey(), password, signing.chain().toArray(Certificate[]::new));
            return bytes(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot encode the keystore", e);
        }
    }

    /**
     * The issuing CAs the keystore holds (key entries under a CA slug) and every leaf it records: the current
     * ones (key entries) and the retired ones (certificate entries under {@value #RETIRED_PREFIX}).
     */
    static IssuingAuthorities authorities(Path pkcs12, char[] password, X509Certificate root) {
        KeyStore store = open(pkcs12, password);
        try {
            List<IssuingAuthority> authorities = new ArrayList<>();
            List<X509Certificate> issued = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && AuthorityRole.of(alias).isPresent()) {
                    authorities.add(new IssuingAuthority(alias, credential(store, pkcs12, alias, password)));
                } else if (store.isKeyEntry(alias) && !alias.equals(ROOT_ALIAS)) {
                    issued.add((X509Certificate) store.getCertificate(alias));
                } else if (alias.startsWith(RETIRED_PREFIX) && store.getCertificate(alias) != null) {
                    issued.add((X509Certificate) store.getCertificate(alias));
                }
            }
            return new IssuingAuthorities(root, authorities, issued);
        } catch (KeyStoreException | ClassCastException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The alias a replaced leaf keeps its certificate under, so its status can still be answered. */
    static String retiredAlias(String alias, X509Certificate certificate) {
        return RETIRED_PREFIX + alias + "-" + certificate.getSerialNumber().toString(16);
    }

    static KeyStore open(Path pkcs12, char[] password) {
        if (!Files.isRegularFile(pkcs12)) {
            throw new ConfigurationException("Keystore " + pkcs12 + " does not exist");
        }
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // The JDK reports a failed integrity check (wrong password, or altered bytes) as an IOException
            // caused by UnrecoverableKeyException; everything else means the file is not a readable PKCS#12.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new ConfigurationException("Keystore " + pkcs12
                        + " could not be opened: the password is wrong, or the file has been altered");
            }
            throw new ConfigurationException("Keystore " + pkcs12 + " is corrupt or not a PKCS#12 file (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + " is corrupt or not a PKCS#12 file (" + e.getMessage() + ")");
        }
    }

    static Credential credential(KeyStore store, Path pkcs12, String alias, char[] password) {
        try {
            if (!store.isKeyEntry(alias)) {
                throw new ConfigurationException("Keystore " + pkcs12 + " has no private key under alias '" + alias
                        + "'; its aliases are " + Collections.list(store.aliases()));
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) certificate);
            }
            BouncyCastle.signatureAlgorithm(key); // refuses, now rather than at the first signature, a key type we cannot use
            return new Credential(key, chain);
        } catch (UnrecoverableKeyException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": the key '" + alias
                    + "' has a password different from the keystore's; give both the same password");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + ", alias '" + alias + "': " + e.getMessage());
        } catch (KeyStoreException | NoSuchAlgorithmException | ClassCastException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + ", alias '" + alias + "' cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void requireSameRoot(Path pkcs12, String alias, Credential credential, String signingAlias, X509Certificate root) {
        if (!credential.chain().get(credential.chain().size() - 1).equals(root)) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": the chains of '" + alias + "' and '"
                    + signingAlias + "' must end at the same root, the one verifiers are given");
        }
    }

    /** Refused at start-up rather than at the first token or signature, which verifiers would reject. */
    private static void require(CertificatePurpose purpose, Path pkcs12, String alias, X509Certificate certificate) {
        purpose.problemWith(certificate).ifPresent(problem -> {
            throw new ConfigurationException("Keystore " + pkcs12 + ": the certificate under '" + alias + "' cannot be used for "
                    + purpose.name().toLowerCase(Locale.ROOT) + ": " + problem);
        });
    }

    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
