package org.evidencedesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * The root CA's own folder ({@code data/keys-root} on a fresh installation, or wherever the key ceremony put it):
 * its keystore, the owner-only password file beside it, its certificate and its CRL. Only the {@code ./pki}
 * command opens it after the first start; the server reads the certificate and CRL it publishes into the keys
 * folder. Take the folder offline and keep a copy in a safe.
 */
public final class RootAuthority {

    public static final String KEYSTORE_FILE = "root-ca.p12";
    public static final String PASSWORD_FILE = "root-ca.password";
    public static final String CERTIFICATE_FILE = "root-ca.pem";
    public static final String CRL_FILE = "root-ca.crl";
    static final String ALIAS = "root-ca";
    /** The root signs a CRL at each ceremony only; a year leaves room for the next one. */
    static final Duration CRL_VALIDITY = Duration.ofDays(365);

    private final Path folder;
    private final Credential credential;

    private RootAuthority(Path folder, Credential credential) {
        this.folder = folder;
        this.credential = credential;
    }

    public static boolean existsIn(Path folder) {
        return Files.exists(folder.resolve(KEYSTORE_FILE));
    }

    /**
     * Puts {@code root} (a new one, or an existing installation's being moved out) into {@code folder} with a new
     * password, its certificate, and its first CRL: empty, number 1.
     *
     * @throws ConfigurationException if the folder already holds a root
     */
    static RootAuthority create(Path folder, Credential root, Clock clock) {
        try {
            OwnerOnlyFiles.createDirectory(folder);
            if (existsIn(folder)) {
                throw new ConfigurationException("The folder " + folder + " already holds a root CA (" + KEYSTORE_FILE + ")");
            }
            char[] password = KeysDirectory.passwordFor(folder.resolve(PASSWORD_FILE));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, root.privateKey(), password, root.chain().toArray(Certificate[]::new));
            OwnerOnlyFiles.createNew(folder.resolve(KEYSTORE_FILE), SigningKeyStore.bytes(store, password));
            OwnerOnlyFiles.replace(folder.resolve(CERTIFICATE_FILE), KeysDirectory.pem(root.certificate()));
            RootAuthority authority = new RootAuthority(folder, root);
            authority.signCrl(List.of(), clock);
            return authority;
        } catch (FileAlreadyExistsException e) {
            throw new ConfigurationException("The folder " + folder + " already holds a root CA (" + KEYSTORE_FILE + ")");
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot write the root CA into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Opens the root in {@code folder} with the password kept beside it. */
    public static RootAuthority open(Path folder) {
        if (!existsIn(folder)) {
            throw new ConfigurationException("No root CA in " + folder + " (" + KEYSTORE_FILE + " is missing)");
        }
        char[] password = KeysDirectory.passwordFor(folder.resolve(PASSWORD_FILE));
        Path keystore = folder.resolve(KEYSTORE_FILE);
        KeyStore store = SigningKeyStore.open(keystore, password);
        Credential root = SigningKeyStore.credential(store, keystore, ALIAS, password);
        if (root.chain().size() != 1 || !SigningKeyStore.isSelfSigned(root.certificate())) {
            throw new ConfigurationException("Keystore " + keystore + ": '" + ALIAS + "' is not a self-signed root certificate");
        }
        return new RootAuthority(folder, root);
    }

    public Credential credential() {
        return credential;
    }

    public Path folder() {
        return folder;
    }

    /** The root's current CRL, if it has signed one. */
    public Optional<X509CRL> crl() {
        return readCrl(folder.resolve(CRL_FILE));
    }

    /**
     * Signs the root's next CRL (its number one more than the last one's), keeping every entry of the last one
     * and adding {@code revocations}, and writes it beside the keystore.
     */
    public X509CRL signCrl(List<Revocation> revocations, Clock clock) {
        Optional<X509CRL> previous = crl();
        BigInteger number = previous.map(RevocationLists::number).orElse(BigInteger.ZERO).add(BigInteger.ONE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        X509CRL crl = RevocationLists.sign(credential, number, now, now.plus(CRL_VALIDITY), revocations, previous);
        try {
            OwnerOnlyFiles.replace(folder.resolve(CRL_FILE), crl.getEncoded());
        } catch (IOException | CRLException e) {
            throw new ConfigurationException("Cannot write the root CRL into " + folder + ": " + e.getMessage(), e);
        }
        return crl;
    }

    /** Copies the root's certificate and CRL into the server's keys folder, where the server publishes them. */
    public void publishTo(Path keysDirectory) {
        try {
            OwnerOnlyFiles.createDirectory(keysDirectory);
            OwnerOnlyFiles.replace(keysDirectory.resolve(KeysDirectory.ROOT_CERTIFICATE_FILE), KeysDirectory.pem(credential.certificate()));
            Path crl = folder.resolve(CRL_FILE);
            if (Files.exists(crl)) {
                OwnerOnlyFiles.replace(keysDirectory.resolve(KeysDirectory.ROOT_CRL_FILE), Files.readAllBytes(crl));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot publish the root into " + keysDirectory + ": " + e.getMessage(), e);
        }
    }

    /** A CRL file as written by {@link #signCrl}; empty if there is none. */
    static Optional<X509CRL> readCrl(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(RevocationLists.read(in.readAllBytes()));
        } catch (IOException | CRLException e) {
            throw new ConfigurationException("The CRL " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
