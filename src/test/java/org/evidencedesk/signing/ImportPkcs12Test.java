package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pki import-pkcs12} with a PKCS#12 from a court CA that has nothing to do with Evidence Desk's (made here
 * with Bouncy Castle: root, issuing CA, the court's RSA signing certificate): the next load signs with it, openssl
 * verifies what it signs against the court's root alone, and every file that cannot sign documents is refused with
 * the keystore left as it was.
 */
class ImportPkcs12Test {

    private static final char[] PASSWORD = "server keystore".toCharArray();
    private static final String COURT_PASSWORD = "court secret";
    private static final Duration YEAR = TestCourtCa.YEAR;

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Instant now;
    private KeyPair caKeys;
    private X509Certificate courtRoot;
    private X509Certificate courtCa;
    private TestCourtCa court;

    @BeforeEach
    void aCourtCaAndAnInstallation() throws Exception {
        court = new TestCourtCa();
        now = court.now;
        caKeys = court.caKeys;
        courtRoot = court.root;
        courtCa = court.ca;
        new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys(), PASSWORD);
        Files.writeString(data.resolve("court.password"), COURT_PASSWORD + "\n");
    }

    @Test
    void theNextLoadSignsWithTheImportedCertificateAndOpensslVerifiesItAgainstTheCourtsRoot() throws Exception {
        KeyPair leafKeys = TestCourtCa.rsa();
        X509Certificate leaf = courtLeaf(leafKeys, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
        Path file = pkcs12("court.p12", COURT_PASSWORD, Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot))));
        SigningKeys before = new KeysDirectory(Clock.systemUTC()).loadOrCreate(keys(), PASSWORD);

        assertThat(importing(file)).as(err.toString()).isZero();
        SigningKeys after = new KeysDirectory(Clock.systemUTC()).loadOrCreate(keys(), PASSWORD);

        assertThat(after.signing().certificate()).isEqualTo(leaf);
        assertThat(after.signingRoot()).isEqualTo(courtRoot);
        assertThat(after.rootCertificate()).as("time-stamps stay under the installation's root").isEqualTo(before.rootCertificate());
        assertThat(after.timestamping()).isEqualTo(before.timestamping());
        assertThat(Files.readString(keys().resolve(KeysDirectory.COURT_ROOT_FILE))).isEqualTo(new String(KeysDirectory.pem(courtRoot),
                StandardCharsets.US_ASCII));
        assertThat(SigningKeyStore.open(keys().resolve(KeysDirectory.KEYSTORE_FILE), PASSWORD).isKeyEntry(SigningKeyStore.SIGNING_ALIAS))
                .as("the built-in signing leaf is kept").isTrue();
        assertThat(out.toString()).contains("Imported CN=Beijing IP Court", "Restart the server");

        byte[] receipt = "Receipt for exhibit C-1".getBytes(StandardCharsets.UTF_8);
        BouncyCastleTimestampAuthority authority = new BouncyCastleTimestampAuthority(after.timestamping(), TestKeys.counter(),
                Clock.systemUTC(), TimestampPolicy.EVIDENCE);
        CmsSigner signer = new CmsSigner(after.signing(), Clock.systemUTC());
        byte[] signature = signer.addSignatureTimestamp(signer.signDetached(new ByteArrayInputStream(receipt)), authority);
        Files.write(data.resolve("receipt.txt"), receipt);
        Files.write(data.resolve("receipt.p7s"), signature);

        OpensslCommand.Result verified = OpensslCommand.run(data, "cms", "-verify", "-binary", "-inform", "DER", "-in", "receipt.p7s",
                "-content", "receipt.txt", "-CAfile", keys().resolve(KeysDirectory.COURT_ROOT_FILE).toString(), "-purpose", "any",
                "-out", "/dev/null");
        assertThat(verified.output()).contains("Verification successful");
        OpensslCommand.Result againstOurRoot = OpensslCommand.run(data, "cms", "-verify", "-binary", "-inform", "DER", "-in",
                "receipt.p7s", "-content", "receipt.txt", "-CAfile", keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE).toString(),
                "-purpose", "any", "-out", "/dev/null");
        assertThat(againstOurRoot.succeeded()).as("the court's signature does not chain to Evidence Desk's root").isFalse();

        assertThat(SignatureVerifier.of(after, Clock.systemUTC()).verifyDetached(signature, new ByteArrayInputStream(receipt)).failure())
                .isEmpty();
        assertThat(new SignatureVerifier(after.rootCertificate(), Clock.systemUTC())
                .verifyDetached(signature, new ByteArrayInputStream(receipt)).chainTrusted())
                .as("without the court's root as an anchor, the signer is untrusted").isFalse();
    }

    /** Only the court's CA can renew its certificate: once it has expired, the installation refuses to start rather than sign. */
    @Test
    void anImportedCertificateThatHasSinceExpiredStopsTheStart() throws Exception {
        KeyPair leafKeys = TestCourtCa.rsa();
        X509Certificate leaf = courtLeaf(leafKeys, new KeyUsage(KeyUsage.digitalSignature), null);
        assertThat(importing(pkcs12("court.p12", COURT_PASSWORD,
                Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot)))))).as(err.toString()).isZero();
        Clock afterExpiry = Clock.fixed(leaf.getNotAfter().toInstant().plus(Duration.ofDays(1)), ZoneOffset.UTC);

        assertThatThrownBy(() -> new KeysDirectory(afterExpiry).loadOrCreate(keys(), PASSWORD))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("the court's certificate CN=Beijing IP Court,O=Beijing IP Court under 'signer-court' expired");
    }

    @Test
    void aFileWithoutAPrivateKeyIsRefused() throws Exception {
        Path file = data.resolve("certificates-only.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("court-root", courtRoot);
        save(store, file, COURT_PASSWORD);

        assertRefused(file, "holds no private key");
    }

    @Test
    void aFileWithTwoPrivateKeysIsRefused() throws Exception {
        KeyPair first = TestCourtCa.rsa();
        KeyPair second = TestCourtCa.ec();
        KeyUsage signing = new KeyUsage(KeyUsage.digitalSignature);
        Path file = pkcs12("two.p12", COURT_PASSWORD, Map.of(
                "first", new Credential(first.getPrivate(), List.of(courtLeaf(first, signing, null), courtCa, courtRoot)),
                "second", new Credential(second.getPrivate(), List.of(courtLeaf(second, signing, null), courtCa, courtRoot))));

        assertRefused(file, "holds 2 private keys");
    }

    @Test
    void aChainThatStopsShortOfItsSelfSignedRootIsRefused() throws Exception {
        KeyPair leafKeys = TestCourtCa.ec();
        X509Certificate leaf = courtLeaf(leafKeys, new KeyUsage(KeyUsage.digitalSignature), null);
        Path file = pkcs12("no-root.p12", COURT_PASSWORD, Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa))));

        assertRefused(file, "must reach its self-signed root", "ends at CN=Beijing IP Court Signing CA");
    }

    @Test
    void aTimeStampingCertificateIsRefusedAsASigner() throws Exception {
        KeyPair leafKeys = TestCourtCa.ec();
        X509Certificate leaf = courtLeaf(leafKeys, new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        Path file = pkcs12("tsa.p12", COURT_PASSWORD, Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot))));

        assertRefused(file, "cannot sign documents");
    }

    @Test
    void aCertificateWhoseKeyUsageForbidsSigningIsRefused() throws Exception {
        KeyPair leafKeys = TestCourtCa.ec();
        X509Certificate leaf = courtLeaf(leafKeys, new KeyUsage(KeyUsage.keyAgreement), null);
        Path file = pkcs12("agreement.p12", COURT_PASSWORD, Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot))));

        assertRefused(file, "cannot sign documents");
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        KeyPair leafKeys = TestCourtCa.ec();
        X509Certificate leaf = TestCourtCa.certificate(caKeys.getPrivate(), courtCa, "CN=Beijing IP Court, O=Beijing IP Court", leafKeys,
                now.minus(YEAR.multipliedBy(2)), now.minus(Duration.ofDays(1)), false, new KeyUsage(KeyUsage.digitalSignature), null);
        Path file = pkcs12("expired.p12", COURT_PASSWORD, Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot))));

        assertRefused(file, "CN=Beijing IP Court,O=Beijing IP Court expired");
    }

    @Test
    void aCertificateNotYetValidIsRefused() throws Exception {
        KeyPair leafKeys = TestCourtCa.ec();
        X509Certificate leaf = TestCourtCa.certificate(caKeys.getPrivate(), courtCa, "CN=Beijing IP Court, O=Beijing IP Court", leafKeys,
                now.plus(Duration.ofDays(1)), now.plus(YEAR), false, new KeyUsage(KeyUsage.digitalSignature), null);
        Path file = pkcs12("future.p12", COURT_PASSWORD, Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot))));

        assertRefused(file, "is not valid before");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        KeyPair leafKeys = TestCourtCa.ec();
        X509Certificate leaf = courtLeaf(leafKeys, new KeyUsage(KeyUsage.digitalSignature), null);
        Path file = pkcs12("court.p12", "another secret", Map.of("court", new Credential(leafKeys.getPrivate(), List.of(leaf, courtCa, courtRoot))));

        assertRefused(file, "the password is wrong");
    }

    @Test
    void aKeyFromAnotherPairThanTheCertificateIsRefused() throws Exception {
        X509Certificate leaf = courtLeaf(TestCourtCa.ec(), new KeyUsage(KeyUsage.digitalSignature), null);
        Path file = pkcs12("mismatch.p12", COURT_PASSWORD, Map.of("court", new Credential(TestCourtCa.ec().getPrivate(), List.of(leaf, courtCa, courtRoot))));

        assertRefused(file, "does not belong to the certificate");
    }

    private void assertRefused(Path file, String... reasons) throws Exception {
        byte[] keystoreBefore = Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE));

        assertThat(importing(file)).as(out.toString()).isEqualTo(1);

        assertThat(err.toString()).startsWith("pki import-pkcs12: ").contains(reasons);
        assertThat(Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE))).isEqualTo(keystoreBefore);
        assertThat(keys().resolve(KeysDirectory.COURT_ROOT_FILE)).doesNotExist();
        assertThat(new KeysDirectory(Clock.systemUTC()).loadOrCreate(keys(), PASSWORD).signing().certificate().getSubjectX500Principal()
                .getName()).isEqualTo("CN=Evidence Desk Signing,O=Evidence Desk");
    }

    private int importing(Path file) {
        Properties system = new Properties();
        system.setProperty("evidencedesk.data.dir", data.toString());
        system.setProperty("evidencedesk.keystore.password", new String(PASSWORD));
        Settings settings = Settings.resolve(new Properties(), Map.of(), system);
        return new PkiCommand(settings, Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("import-pkcs12", file.toString(), "--password-file", data.resolve("court.password").toString());
    }

    private Path keys() {
        return data.resolve("keys");
    }

    private X509Certificate courtLeaf(KeyPair keys, KeyUsage usage, ExtendedKeyUsage extended) throws Exception {
        return court.leaf(keys, usage, extended);
    }

    private Path pkcs12(String name, String password, Map<String, Credential> entries) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (Map.Entry<String, Credential> entry : entries.entrySet()) {
            store.setKeyEntry(entry.getKey(), entry.getValue().privateKey(), password.toCharArray(),
                    entry.getValue().chain().toArray(Certificate[]::new));
        }
        Path file = data.resolve(name);
        save(store, file, password);
        return file;
    }

    private static void save(KeyStore store, Path file, String password) throws Exception {
        try (var stream = Files.newOutputStream(file)) {
            store.store(stream, password.toCharArray());
        }
    }
}
