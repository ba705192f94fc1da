package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * The keys folder ({@code data/keys}) of an installation without a keystore of its own: on first use
 * it creates the root, the two time-stamping keys (evidence and public) and the signing key in
 * {@value #KEYSTORE_FILE}, publishes the root as {@value #ROOT_CERTIFICATE_FILE}, and on every later start
 * loads the same keys, adding any key a newer version needs and the keystore lacks.
 */
public final class KeysDirectory {

    public static final String KEYSTORE_FILE = "evidencedesk.p12";
    public static final String ROOT_CERTIFICATE_FILE = "root-ca.pem";
    public static final String PASSWORD_FILE = "keystore.password";
    /** Where {@link FileSerialNumbers} keeps the evidence authority's reserved serials, beside the key it belongs to. */
    public static final String SERIAL_FILE = "tsa-serial";
    /**
     * The public authority's serials: it is another authority (its own certificate), so its serials need only
     * be unique among its own tokens, and a file of its own keeps it from sharing a lock with evidence stamping.
     */
    public static final String PUBLIC_SERIAL_FILE = "tsa-public-serial";

    private static final int PASSWORD_BYTES = 32;

    private final Clock clock;

    public KeysDirectory(Clock clock) {
        this.clock = clock;
    }

    public SigningKeys loadOrCreate(Path keysDirectory, char[] password) {
        Path keystore = keysDirectory.resolve(KEYSTORE_FILE);
        try {
            OwnerOnlyFiles.createDirectory(keysDirectory);
            if (!Files.exists(keystore)) {
                create(keystore, password);
            } else {
                addPublicTimestampingIfMissing(keystore, password);
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot create or update the keystore " + keystore + ": " + e.getMessage(), e);
        }
        SigningKeys keys = SigningKeyStore.load(keystore, password, SigningKeyStore.TIMESTAMPING_ALIAS,
                SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS, SigningKeyStore.SIGNING_ALIAS);
        publishRoot(keysDirectory.resolve(ROOT_CERTIFICATE_FILE), keys.rootCertificate());
        return keys;
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
        Path file = keysDirectory.resolve(PASSWORD_FILE);
        try {
            OwnerOnlyFiles.createDirectory(keysDirectory);
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

    private void create(Path keystore, char[] password) throws IOException {
        LocalCertificateAuthority authority = new LocalCertificateAuthority(clock);
        Credential root = authority.createRoot();
        byte[] encoded = SigningKeyStore.encode(root, authority.issueTimestamping(root), authority.issuePublicTimestamping(root),
                authority.issueSigning(root), password);
        try {
            OwnerOnlyFiles.createNew(keystore, encoded);
        } catch (FileAlreadyExistsException e) {
            // Another start got there first; its keys are the ones to load.
        }
    }

    /** Keystores made before public time-stamps had a certificate of their own get one, issued by the root they keep. */
    private void addPublicTimestampingIfMissing(Path keystore, char[] password) throws IOException {
        LocalCertificateAuthority authority = new LocalCertificateAuthority(clock);
        Optional<byte[]> updated = SigningKeyStore.withEntryIfMissing(keystore, password, SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS,
                authority::issuePublicTimestamping);
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
