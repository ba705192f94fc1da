package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysDirectoryTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";

    @TempDir
    Path data;

    private final KeysDirectory keysDirectory = new KeysDirectory(Clock.systemUTC());

    private Path keys() {
        return data.resolve("keys");
    }

    @Test
    void firstUseCreatesTheKeystoreAndPublishesItsRoot() throws Exception {
        SigningKeys created = keysDirectory.loadOrCreate(keys(), PASSWORD);

        assertThat(keys().resolve(KeysDirectory.KEYSTORE_FILE)).isRegularFile();
        assertThat(readCertificate(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE))).isEqualTo(created.rootCertificate());
        assertThat(created.timestamping().chain()).last().isEqualTo(created.rootCertificate());
        assertThat(created.signing().chain()).last().isEqualTo(created.rootCertificate());
    }

    @Test
    void theRootIsASelfSignedCertificateAuthorityForTenYears() {
        X509Certificate root = keysDirectory.loadOrCreate(keys(), PASSWORD).rootCertificate();

        assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=Evidence Desk Root CA,O=Evidence Desk");
        assertThat(SigningKeyStore.isSelfSigned(root)).isTrue();
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(root.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
        assertThat(usages(root)).containsExactly("keyCertSign", "cRLSign");
        Duration validity = Duration.between(root.getNotBefore().toInstant(), root.getNotAfter().toInstant());
        assertThat(validity.toDays()).isBetween(3652L, 3653L);
        assertThat(root.getPublicKey().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void theTimestampingCertificateHasTimeStampingAloneAndCritical() throws Exception {
        SigningKeys created = keysDirectory.loadOrCreate(keys(), PASSWORD);
        X509Certificate tsa = created.timestamping().certificate();

        assertThat(tsa.getExtendedKeyUsage()).containsExactly(TIME_STAMPING);
        assertThat(tsa.getCriticalExtensionOIDs()).contains(EXTENDED_KEY_USAGE, KEY_USAGE, BASIC_CONSTRAINTS);
        assertThat(usages(tsa)).containsExactly("digitalSignature", "nonRepudiation");
        assertThat(tsa.getBasicConstraints()).isEqualTo(-1);
        tsa.verify(created.rootCertificate().getPublicKey());
    }

    @Test
    void publicTimeStampsHaveACertificateOfTheirOwnUnderTheSameRoot() throws Exception {
        SigningKeys created = keysDirectory.loadOrCreate(keys(), PASSWORD);
        X509Certificate publicTsa = created.publicTimestamping().certificate();

        assertThat(publicTsa.getSubjectX500Principal().getName()).isEqualTo("CN=Evidence Desk Public Time-Stamping,O=Evidence Desk");
        assertThat(publicTsa.getExtendedKeyUsage()).containsExactly(TIME_STAMPING);
        assertThat(publicTsa.getCriticalExtensionOIDs()).contains(EXTENDED_KEY_USAGE, KEY_USAGE, BASIC_CONSTRAINTS);
        assertThat(publicTsa.getPublicKey()).isNotEqualTo(created.timestamping().certificate().getPublicKey());
        assertThat(created.publicTimestamping().chain()).last().isEqualTo(created.rootCertificate());
        publicTsa.verify(created.rootCertificate().getPublicKey());
    }

    /** An installation made before public time-stamps had their own certificate gets one on its next start. */
    @Test
    void anOlderKeystoreGainsThePublicCertificateAndKeepsEveryOtherKey() throws Exception {
        LocalCertificateAuthority authority = new LocalCertificateAuthority(Clock.systemUTC());
        Credential root = authority.createRoot();
        Credential tsa = authority.issueTimestamping(root);
        Credential signing = authority.issueSigning(root);
        writeKeystoreOfThreeEntries(root, tsa, signing);

        SigningKeys upgraded = keysDirectory.loadOrCreate(keys(), PASSWORD);
        byte[] afterUpgrade = Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE));
        SigningKeys again = keysDirectory.loadOrCreate(keys(), PASSWORD);

        assertThat(upgraded.rootCertificate()).isEqualTo(root.certificate());
        assertThat(upgraded.timestamping().chain()).isEqualTo(tsa.chain());
        assertThat(upgraded.timestamping().privateKey().getEncoded()).isEqualTo(tsa.privateKey().getEncoded());
        assertThat(upgraded.signing().chain()).isEqualTo(signing.chain());
        assertThat(upgraded.signing().privateKey().getEncoded()).isEqualTo(signing.privateKey().getEncoded());
        assertThat(upgraded.publicTimestamping().certificate().getSubjectX500Principal().getName())
                .isEqualTo("CN=Evidence Desk Public Time-Stamping,O=Evidence Desk");
        upgraded.publicTimestamping().certificate().verify(root.certificate().getPublicKey());
        assertThat(again).isEqualTo(upgraded);
        assertThat(Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE))).as("written once").isEqualTo(afterUpgrade);
    }

    @Test
    void theSigningCertificateMaySignAndNamesNoExtendedKeyUsage() throws Exception {
        SigningKeys created = keysDirectory.loadOrCreate(keys(), PASSWORD);
        X509Certificate signing = created.signing().certificate();

        assertThat(usages(signing)).containsExactly("digitalSignature", "nonRepudiation");
        assertThat(signing.getCriticalExtensionOIDs()).contains(KEY_USAGE);
        assertThat(signing.getExtendedKeyUsage()).isNull();
        assertThat(signing.getBasicConstraints()).isEqualTo(-1);
        signing.verify(created.rootCertificate().getPublicKey());
    }

    @Test
    void laterStartsLoadTheSameKeysAndRewriteNothing() throws IOException {
        SigningKeys first = keysDirectory.loadOrCreate(keys(), PASSWORD);
        byte[] keystore = Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE));
        byte[] pem = Files.readAllBytes(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE));

        SigningKeys again = new KeysDirectory(Clock.offset(Clock.systemUTC(), Duration.ofDays(400))).loadOrCreate(keys(), PASSWORD);

        assertThat(again).isEqualTo(first);
        assertThat(again.signing().privateKey().getEncoded()).isEqualTo(first.signing().privateKey().getEncoded());
        assertThat(again.timestamping().privateKey().getEncoded()).isEqualTo(first.timestamping().privateKey().getEncoded());
        assertThat(Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE))).isEqualTo(keystore);
        assertThat(Files.readAllBytes(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE))).isEqualTo(pem);
    }

    @Test
    void aMissingRootCertificateFileIsPublishedAgain() throws Exception {
        SigningKeys created = keysDirectory.loadOrCreate(keys(), PASSWORD);
        Files.delete(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE));

        keysDirectory.loadOrCreate(keys(), PASSWORD);

        assertThat(readCertificate(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE))).isEqualTo(created.rootCertificate());
    }

    @Test
    void everyFileItWritesIsForItsOwnerOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        char[] password = KeysDirectory.passwordFor(keys(), Optional.empty());
        keysDirectory.loadOrCreate(keys(), password);

        for (String file : List.of(KeysDirectory.KEYSTORE_FILE, KeysDirectory.ROOT_CERTIFICATE_FILE, KeysDirectory.PASSWORD_FILE)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys().resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys()))).isEqualTo("rwx------");
        try (var leftovers = Files.list(keys())) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() {
        keysDirectory.loadOrCreate(keys(), PASSWORD);

        assertThatThrownBy(() -> keysDirectory.loadOrCreate(keys(), "guess".toCharArray()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(KeysDirectory.KEYSTORE_FILE)
                .hasMessageContaining("password is wrong");
    }

    @Test
    void aCorruptKeystoreIsReportedAndNotReplaced() throws IOException {
        keysDirectory.loadOrCreate(keys(), PASSWORD);
        Path keystore = keys().resolve(KeysDirectory.KEYSTORE_FILE);
        byte[] truncated = Arrays.copyOf(Files.readAllBytes(keystore), 300);
        Files.write(keystore, truncated);

        assertThatThrownBy(() -> keysDirectory.loadOrCreate(keys(), PASSWORD))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("corrupt or not a PKCS#12 file");
        assertThat(Files.readAllBytes(keystore)).isEqualTo(truncated);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNoPasswordFileIsWritten() {
        assertThat(KeysDirectory.passwordFor(keys(), Optional.of("from-configuration"))).isEqualTo("from-configuration".toCharArray());
        assertThat(keys().resolve(KeysDirectory.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedOnceAndKept() throws IOException {
        char[] generated = KeysDirectory.passwordFor(keys(), Optional.empty());
        char[] again = KeysDirectory.passwordFor(keys(), Optional.of("  "));

        assertThat(generated).hasSizeGreaterThanOrEqualTo(40);
        assertThat(again).isEqualTo(generated);
        assertThat(Files.readString(keys().resolve(KeysDirectory.PASSWORD_FILE))).isEqualTo(new String(generated));
        assertThat(KeysDirectory.passwordFor(data.resolve("other"), Optional.empty())).isNotEqualTo(generated);
    }

    /** The keystore as versions before public time-stamps wrote it: root, evidence time-stamping and signing only. */
    private void writeKeystoreOfThreeEntries(Credential root, Credential tsa, Credential signing) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(SigningKeyStore.ROOT_ALIAS, root.privateKey(), PASSWORD, root.chain().toArray(Certificate[]::new));
        store.setKeyEntry(SigningKeyStore.TIMESTAMPING_ALIAS, tsa.privateKey(), PASSWORD, tsa.chain().toArray(Certificate[]::new));
        store.setKeyEntry(SigningKeyStore.SIGNING_ALIAS, signing.privateKey(), PASSWORD, signing.chain().toArray(Certificate[]::new));
        Files.createDirectories(keys());
        try (OutputStream out = Files.newOutputStream(keys().resolve(KeysDirectory.KEYSTORE_FILE))) {
            store.store(out, PASSWORD);
        }
    }

    private static X509Certificate readCertificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static List<String> usages(X509Certificate certificate) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
            "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        boolean[] bits = certificate.getKeyUsage();
        return IntStream.range(0, bits.length).filter(i -> bits[i]).mapToObj(i -> names[i]).toList();
    }
}
