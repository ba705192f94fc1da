package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import org.evidencedesk.shared.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./pki} command on real folders: a key ceremony before the first start, rotating an issuing CA,
 * revoking one in the root's CRL, and migrating a keystore made by the version before the offline root.
 */
class PkiCommandTest {

    private static final char[] PASSWORD = "server keystore".toCharArray();

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int pki(String... arguments) {
        Properties system = new Properties();
        system.setProperty("evidencedesk.data.dir", data.toString());
        system.setProperty("evidencedesk.keystore.password", new String(PASSWORD));
        Settings settings = Settings.resolve(new Properties(), Map.of(), system);
        return new PkiCommand(settings, Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(arguments);
    }

    private Path keys() {
        return data.resolve("keys");
    }

    /** A ceremony before the first start: the root made elsewhere, the server's keystore issued from it, and the server then loads it. */
    @Test
    void aRootMadeBeforeTheFirstStartIssuesTheServersKeysAndTheServerLoadsThem() throws Exception {
        Path usb = data.resolve("usb-root");

        assertThat(pki("init-root", "--root", usb.toString())).as(err.toString()).isZero();
        assertThat(pki("issue-ca", "--root", usb.toString())).as(err.toString()).isZero();
        InstalledKeys installed = new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys(), PASSWORD);

        X509Certificate root = RootAuthority.open(usb).credential().certificate();
        assertThat(installed.keys().rootCertificate()).isEqualTo(root);
        assertThat(installed.authorities().authorities()).extracting(IssuingAuthority::slug)
                .containsExactlyInAnyOrder("document-signing-ca", "time-stamping-ca");
        assertThat(data.resolve(KeysDirectory.ROOT_DIRECTORY)).as("no second root made at the first start").doesNotExist();
        assertThat(keys().resolve(KeysDirectory.ROOT_CRL_FILE)).isRegularFile();
        assertThat(out.toString()).contains("Root CA made in", "Issued document-signing-ca, time-stamping-ca");
    }

    /** Rotation of an issuing CA: a new generation with new leaves; the old CA stays to answer for what it issued. */
    @Test
    void issuingANewTimeStampingCaReplacesItsLeavesAndKeepsTheOldOnes() {
        InstalledKeys before = new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys(), PASSWORD);

        assertThat(pki("issue-ca", "--role", "time-stamping")).as(err.toString()).isZero();
        InstalledKeys after = new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys(), PASSWORD);

        assertThat(after.authorities().current(AuthorityRole.TIME_STAMPING).orElseThrow().slug()).isEqualTo("time-stamping-ca-2");
        assertThat(after.keys().timestamping().chain().get(1).getSubjectX500Principal().getName())
                .isEqualTo("CN=Evidence Desk Time-Stamping CA 2,O=Evidence Desk");
        assertThat(after.keys().signing()).isEqualTo(before.keys().signing());
        assertThat(after.authorities().bySlug("time-stamping-ca")).isPresent();
        assertThat(after.authorities().issued()).contains(before.keys().timestamping().certificate(),
                before.keys().publicTimestamping().certificate());
        IssuingAuthority old = after.authorities().bySlug("time-stamping-ca").orElseThrow();
        assertThat(after.authorities().issuedSerial(old, before.keys().timestamping().certificate().getSerialNumber())).isTrue();
    }

    @Test
    void theRootsCrlRevokesAnIssuingCaAndIsPublishedForTheServer() throws Exception {
        InstalledKeys installed = new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys(), PASSWORD);

        assertThat(pki("root-crl", "--revoke", "document-signing-ca", "--reason", "key-compromise")).as(err.toString()).isZero();

        X509CRL published = RootAuthority.readCrl(keys().resolve(KeysDirectory.ROOT_CRL_FILE)).orElseThrow();
        published.verify(installed.keys().rootCertificate().getPublicKey());
        assertThat(published.getRevokedCertificate(installed.keys().signing().chain().get(1))).isNotNull();
        assertThat(RevocationLists.number(published)).isEqualTo(BigInteger.TWO);
        assertThat(pki("root-crl", "--revoke", "no-such-ca")).isEqualTo(1);
        assertThat(err.toString()).contains("No issuing CA 'no-such-ca'");
    }

    @Test
    void wrongUsageSaysHowAndExitsTwo() {
        assertThat(pki()).isEqualTo(2);
        assertThat(pki("make-coffee")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown command make-coffee", "init-root", "issue-ca", "root-crl", "migrate");
        assertThat(pki("issue-ca", "--role", "everything")).isEqualTo(1);
    }

    /**
     * A keystore as the version before the offline root wrote it. After the migration: the same root certificate
     * (every recipient's root-ca.pem still verifies), no root key online, new leaves under the two CAs, the old
     * leaves kept and still chaining to the root, and the root's CRL published.
     */
    @Test
    void aKeystoreOfTheOldLayoutIsMigratedAndKeepsItsRoot() throws Exception {
        PreHierarchyAuthority old = new PreHierarchyAuthority(Clock.systemUTC());
        Credential root = old.createRoot();
        Credential tsa = old.issueTimestamping(root);
        Credential publicTsa = old.issuePublicTimestamping(root);
        Credential signing = old.issueSigning(root);
        Files.createDirectories(keys());
        Files.write(keys().resolve(KeysDirectory.KEYSTORE_FILE), SigningKeyStore.encode(root, tsa, publicTsa, signing, PASSWORD));
        SigningKeys beforeMigration = new KeysDirectory(Clock.systemUTC()).loadOrCreate(keys(), PASSWORD);
        assertThat(beforeMigration.signing()).isEqualTo(signing);

        assertThat(pki("migrate")).as(err.toString()).isZero();
        InstalledKeys migrated = new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys(), PASSWORD);

        assertThat(migrated.keys().rootCertificate()).isEqualTo(root.certificate());
        assertThat(RootAuthority.open(data.resolve(KeysDirectory.ROOT_DIRECTORY)).credential().privateKey().getEncoded())
                .isEqualTo(root.privateKey().getEncoded());
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys().resolve(KeysDirectory.KEYSTORE_FILE))) {
            server.load(in, PASSWORD);
        }
        assertThat(server.isKeyEntry(SigningKeyStore.ROOT_ALIAS)).isFalse();
        assertThat(Collections.list(server.aliases())).contains("document-signing-ca", "time-stamping-ca",
                SigningKeyStore.retiredAlias(SigningKeyStore.SIGNING_ALIAS, signing.certificate()));
        assertThat(migrated.keys().signing().chain()).hasSize(3);
        assertThat(migrated.keys().signing().certificate()).isNotEqualTo(signing.certificate());
        assertThat(migrated.authorities().issued()).contains(signing.certificate(), tsa.certificate(), publicTsa.certificate());
        Certificate retired = server.getCertificate(SigningKeyStore.retiredAlias(SigningKeyStore.SIGNING_ALIAS, signing.certificate()));
        retired.verify(root.certificate().getPublicKey());
        assertThat(RootAuthority.readCrl(keys().resolve(KeysDirectory.ROOT_CRL_FILE))).isPresent();
        assertThat(Files.readString(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE)))
                .isEqualTo(new String(KeysDirectory.pem(root.certificate()), StandardCharsets.US_ASCII));

        ValidationData oldLeaf = new AuthorityValidationData(migrated.authorities(),
                new OcspResponder(migrated.authorities(), new InMemoryRevocations(), Clock.systemUTC()),
                new AuthorityRevocationLists(migrated.authorities(), new InMemoryRevocations(),
                        keys().resolve(KeysDirectory.ROOT_CRL_FILE), Clock.systemUTC())).forChain(signing.chain());
        assertThat(oldLeaf.crls()).as("the root's CRL answers for the leaves it issued itself").hasSize(1);

        assertThat(pki("migrate")).as("a second run finds nothing to move").isEqualTo(1);
        assertThat(err.toString()).contains("holds no root key");
    }
}
