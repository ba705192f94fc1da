package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStoreException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * The keys folder ({@code data/keys}) of an installation without a keystore of its own. On first use it creates
 * the root in a folder of its own ({@value #ROOT_DIRECTORY} beside this one, to be taken offline), the two issuing
 * CAs under it, and the signing and time-stamping keys they issue; {@value #KEYSTORE_FILE} then holds the issuing
 * CAs and the leaves, never the root key. It publishes the root as {@value #ROOT_CERTIFICATE_FILE} and the root's
 * CRL as {@value #ROOT_CRL_FILE}. Every later start loads the same keys and renews a leaf near its end.
 */
public final class KeysDirectory {

    public static final String KEYSTORE_FILE = "evidencedesk.p12";
    public static final String ROOT_CERTIFICATE_FILE = "root-ca.pem";
    /** The root's CRL as the {@code ./pki} command last signed it; the server publishes it and never signs one. */
    public static final String ROOT_CRL_FILE = "root-ca.crl";
    /** The folder, beside the keys folder, where a fresh installation puts its root. */
    public static final String ROOT_DIRECTORY = "keys-root";
    public static final String PASSWORD_FILE = "keystore.password";
    /**
     * Where, in the keys folder, the root of a court's imported signing certificate is published: the anchor that
     * what it signs verifies against (beside {@value #ROOT_CERTIFICATE_FILE}, which its time-stamps still need).
     */
    public static final String COURT_ROOT_FILE = "trusted/court-root.pem";
    /** Where {@link FileSerialNumbers} keeps the evidence authority's reserved serials, beside the key it belongs to. */
    public static final String SERIAL_FILE = "tsa-serial";
    /**
     * The public authority's serials: it is another authority (its own certificate), so its serials need only
     * be unique among its own tokens, and a file of its own keeps it from sharing a lock with evidence stamping.
     */
    public static final String PUBLIC_SERIAL_FILE = "tsa-public-serial";

    private static final Logger LOG = Logger.getLogger(KeysDirectory.class.getName());
    private static final int PASSWORD_BYTES = 32;

    private final Clock clock;
    private final LocalCertificateAuthority authority;
    private final Duration renewBefore;

    public KeysDirectory(Clock clock) {
        this(clock, AuthorityAddresses.LOCAL, LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY, Duration.ofDays(90));
    }

    public KeysDirectory(Clock clock, AuthorityAddresses addresses, Duration leafValidity, Duration renewBefore) {
        this.clock = clock;
        this.authority = new LocalCertificateAuthority(clock, addresses, leafValidity);
        this.renewBefore = renewBefore;
    }

    public SigningKeys loadOrCreate(Path keysDirectory, char[] password) {
        return loadOrCreateInstallation(keysDirectory, password).keys();
    }

    /** The keys and issuing CAs of the installation whose keys live in {@code keysDirectory}, created on first use. */
    public InstalledKeys loadOrCreateInstallation(Path keysDirectory, char[] password) {
        Path keystore = keysDirectory.resolve(KEYSTORE_FILE);
        try {
            OwnerOnlyFiles.createDirectory(keysDirectory);
            if (!Files.exists(keystore)) {
                create(keysDirectory, password);
            } else if (holdsRootKey(keystore, password)) {
                addPublicTimestampingIfMissing(keystore, password);
                LOG.warning("The keystore " + keystore + " still holds the root key, online: run ./pki migrate to move it into a"
                        + " keystore of its own and issue the signing and time-stamping CAs (see docs/operations.md)");
            } else {
                renewExpiringLeaves(keystore, password);
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot create or update the keystore " + keystore + ": " + e.getMessage(), e);
        }
        SigningKeys keys = withCourtSigner(keysDirectory, password, SigningKeyStore.load(keystore, password,
                SigningKeyStore.TIMESTAMPING_ALIAS, SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS, SigningKeyStore.SIGNING_ALIAS));
        publishRoot(keysDirectory.resolve(ROOT_CERTIFICATE_FILE), keys.rootCertificate());
        return new InstalledKeys(keys, SigningKeyStore.authorities(keystore, password, keys.rootCertificate()));
    }

    /**
     * Stores a court's checked credential ({@link CourtCredential}) in the keystore, where it signs from the next
     * start on, and publishes its root as {@value #COURT_ROOT_FILE}. The built-in signing leaf stays as it is.
     */
    public static void importCourtSigner(Path keysDirectory, char[] password, Credential court) {
        Path keystore = keysDirectory.resolve(KEYSTORE_FILE);
        if (!Files.exists(keystore)) {
            throw new ConfigurationException("There is no keystore " + keystore + " yet: start the server once, or run ./pki issue-ca,"
                    + " before importing the court's certificate");
        }
        if (holdsRootKey(keystore, password)) {
            throw new ConfigurationException("The keystore " + keystore + " still holds the root key: run ./pki migrate first");
        }
        try {
            OwnerOnlyFiles.replace(keystore, SigningKeyStore.withCourtSigner(keystore, password, court));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write the keystore " + keystore + ": " + e.getMessage(), e);
        }
        publishRoot(keysDirectory.resolve(COURT_ROOT_FILE), court.chain().get(court.chain().size() - 1));
    }

    /**
     * The keys with the court's imported credential as the signer, if there is one. The time-stamping keys stay the
     * installation's, under its root. The built-in signing leaf is kept (and renewed) all the same: its CA's OCSP
     * answers still cover what it signed, and removing the court's entry returns to it without a ceremony.
     */
    private SigningKeys withCourtSigner(Path keysDirectory, char[] password, SigningKeys builtIn) {
        Path keystore = keysDirectory.resolve(KEYSTORE_FILE);
        Optional<Credential> court = SigningKeyStore.courtSigner(keystore, password);
        if (court.isEmpty()) {
            return builtIn;
        }
        X509Certificate certificate = court.get().certificate();
        CertificatePurpose.SIGNING.problemWith(certificate).ifPresent(problem -> {
            throw new ConfigurationException("Keystore " + keystore + ": the court's certificate under '" + SigningKeyStore.COURT_SIGNING_ALIAS
                    + "' cannot sign documents: " + problem.in(Locale.ENGLISH));
        });
        requireCourtCertificateInForce(keystore, certificate);
        X509Certificate courtRoot = court.get().chain().get(court.get().chain().size() - 1);
        publishRoot(keysDirectory.resolve(COURT_ROOT_FILE), courtRoot);
        LOG.info(() -> "Documents are signed with the court's certificate " + certificate.getSubjectX500Principal().getName()
                + " (valid until " + certificate.getNotAfter().toInstant() + ") under the root "
                + courtRoot.getSubjectX500Principal().getName() + ", published as " + keysDirectory.resolve(COURT_ROOT_FILE));
        return new SigningKeys(builtIn.rootCertificate(), builtIn.timestamping(), builtIn.publicTimestamping(), court.get());
    }

    /**
     * The installation cannot renew the court's certificate, only the court's CA can: it warns within the renewal time
     * and refuses to start once the certificate has expired, since every signature would then fail verification.
     */
    private void requireCourtCertificateInForce(Path keystore, X509Certificate certificate) {
        Instant now = clock.instant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (!now.isBefore(notAfter)) {
            throw new ConfigurationException("Keystore " + keystore + ": the court's certificate " + certificate.getSubjectX500Principal().getName()
                    + " under '" + SigningKeyStore.COURT_SIGNING_ALIAS + "' expired " + notAfter + ": import the renewed one with"
                    + " ./pki import-pkcs12, or delete the entry '" + SigningKeyStore.COURT_SIGNING_ALIAS + "' to sign with the built-in certificate");
        }
        if (now.plus(renewBefore).isAfter(notAfter)) {
            LOG.warning("The court's signing certificate " + certificate.getSubjectX500Principal().getName() + " expires " + notAfter
                    + ": ask the court's CA for a renewed one and import it with ./pki import-pkcs12 before then");
        }
    }

    /**
     * The configured keystore password, or else the one kept in {@value #PASSWORD_FILE}, generated
     * (random, owner-only) the first time none is configured.
     */
    public static char[] passwordFor(Path keysDirectory, Optional<String> configured) {
        Optional<String> given = configured.filter(password -> !password.isBlank());
        if (given.isPresent()) {
            return given.get().toCharArray();
        }
        return passwordFor(keysDirectory.resolve(PASSWORD_FILE));
    }

    /** The password kept in {@code file}, generated (random, owner-only) the first time. */
    static char[] passwordFor(Path file) {
        try {
            OwnerOnlyFiles.createDirectory(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                createPassword(file);
            }
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (stored.isEmpty()) {
                throw new ConfigurationException("Keystore password file " + file + " is empty");
            }
            return stored.toCharArray();
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read or create the keystore password file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fresh installation: the root in its own folder (made now, or by {@code ./pki init-root} before the first
     * start), the issuing CAs and leaves in the server's keystore. The root key is not written there.
     */
    private void create(Path keysDirectory, char[] password) throws IOException {
        Path rootFolder = keysDirectory.resolveSibling(ROOT_DIRECTORY);
        RootAuthority root = RootAuthority.existsIn(rootFolder)
                ? RootAuthority.open(rootFolder)
                : RootAuthority.create(rootFolder, authority.createRoot(), clock);
        byte[] encoded = issueUnder(authority, root.credential(), password);
        try {
            OwnerOnlyFiles.createNew(keysDirectory.resolve(KEYSTORE_FILE), encoded);
            root.publishTo(keysDirectory);
            LOG.warning("The root CA's key is in " + rootFolder.toAbsolutePath().resolve(RootAuthority.KEYSTORE_FILE)
                    + " (password in " + RootAuthority.PASSWORD_FILE + " beside it). The server does not need it again: copy the folder"
                    + " " + rootFolder.toAbsolutePath() + " to offline storage, keep it safe, and delete it from this machine."
                    + " The ./pki command uses it to issue CAs and sign the root's CRL (docs/operations.md).");
        } catch (FileAlreadyExistsException e) {
            // Another start got there first; its keys are the ones to load.
        }
    }

    /** The server keystore's bytes for a new hierarchy under {@code root}: both issuing CAs and the three leaves. */
    static byte[] issueUnder(LocalCertificateAuthority authority, Credential root, char[] password) {
        IssuingAuthority signingCa = authority.issueAuthority(root, AuthorityRole.DOCUMENT_SIGNING, 1);
        IssuingAuthority timestampingCa = authority.issueAuthority(root, AuthorityRole.TIME_STAMPING, 1);
        return SigningKeyStore.encode(List.of(signingCa, timestampingCa), authority.issueTimestamping(timestampingCa),
                authority.issuePublicTimestamping(timestampingCa), authority.issueSigning(signingCa), password);
    }

    private void renewExpiringLeaves(Path keystore, char[] password) throws IOException {
        renewLeaves(keystore.getParent(), password);
    }

    /**
     * Replaces in the keystore every leaf with less than the renewal time left (an installation still holding its
     * root online excepted: it has no issuing CA until migrated).
     *
     * @return the aliases renewed
     */
    public List<String> renewLeaves(Path keysDirectory, char[] password) {
        Path keystore = keysDirectory.resolve(KEYSTORE_FILE);
        if (holdsRootKey(keystore, password)) {
            return List.of();
        }
        SigningKeys keys = SigningKeyStore.load(keystore, password, SigningKeyStore.TIMESTAMPING_ALIAS,
                SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS, SigningKeyStore.SIGNING_ALIAS);
        LeafRenewal renewal = new LeafRenewal(authority, clock, renewBefore);
        Optional<LeafRenewal.Renewed> renewed = renewal.renewExpiring(keystore, password,
                SigningKeyStore.authorities(keystore, password, keys.rootCertificate()));
        if (renewed.isEmpty()) {
            return List.of();
        }
        try {
            OwnerOnlyFiles.replace(keystore, renewed.get().keystore());
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write the keystore " + keystore + ": " + e.getMessage(), e);
        }
        return renewed.get().aliases();
    }

    private static boolean holdsRootKey(Path keystore, char[] password) {
        try {
            return SigningKeyStore.open(keystore, password).isKeyEntry(SigningKeyStore.ROOT_ALIAS);
        } catch (KeyStoreException e) {
            throw new ConfigurationException("Keystore " + keystore + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Keystores made before public time-stamps had a certificate of their own get one, issued by the root they keep. */
    private void addPublicTimestampingIfMissing(Path keystore, char[] password) throws IOException {
        Optional<byte[]> updated = SigningKeyStore.withEntryIfMissing(keystore, password, SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS,
                root -> authority.issuePublicTimestamping(new IssuingAuthority(AuthorityAddresses.ROOT_SLUG, root)));
        if (updated.isPresent()) {
            OwnerOnlyFiles.replace(keystore, updated.get());
        }
    }

    private static void createPassword(Path file) throws IOException {
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        byte[] password = Base64.getUrlEncoder().withoutPadding().encode(random);
        try {
            OwnerOnlyFiles.createNew(file, password);
        } catch (FileAlreadyExistsException e) {
            // Another start got there first; its password is the one to use.
        }
    }

    /** Rewritten whenever it is missing or differs, so the published root always matches the keystore. */
    private static void publishRoot(Path file, X509Certificate root) {
        try {
            OwnerOnlyFiles.createDirectory(file.toAbsolutePath().getParent());
            byte[] pem = pem(root);
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), pem)) {
                OwnerOnlyFiles.replace(file, pem);
            }
        } catch (IOException | CertificateEncodingException e) {
            throw new ConfigurationException("Cannot write the root certificate " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] pem(X509Certificate certificate) throws CertificateEncodingException {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }
}
