package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysDirectoryTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

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
        assertThat(created.timestamping().chain()).hasSize(3).last().isEqualTo(created.rootCertificate());
        assertThat(created.signing().chain()).hasSize(3).last().isEqualTo(created.rootCertificate());
    }

    /** The root key goes into a keystore of its own, to be taken offline; the server's holds the issuing CAs and leaves only. */
    @Test
    void theRootKeyIsKeptInItsOwnFolderWithItsFirstCrlAndNotInTheServersKeystore() throws Exception {
        InstalledKeys installed = keysDirectory.loadOrCreateInstallation(keys(), PASSWORD);
        Path rootFolder = data.resolve(KeysDirectory.ROOT_DIRECTORY);

        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys().resolve(KeysDirectory.KEYSTORE_FILE))) {
            server.load(in, PASSWORD);
        }
        assertThat(Collections.list(server.aliases())).containsExactlyInAnyOrder("document-signing-ca", "time-stamping-ca",
                SigningKeyStore.SIGNING_ALIAS, SigningKeyStore.TIMESTAMPING_ALIAS, SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS);
        RootAuthority root = RootAuthority.open(rootFolder);
        assertThat(root.credential().certificate()).isEqualTo(installed.keys().rootCertificate());
        X509CRL crl = root.crl().orElseThrow();
        crl.verify(installed.keys().rootCertificate().getPublicKey());
        assertThat(RevocationLists.number(crl)).isEqualTo(BigInteger.ONE);
        assertThat(crl.getRevokedCertificates()).isNull();
        assertThat(Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()).toDays()).isEqualTo(365);
        assertThat(Files.readAllBytes(keys().resolve(KeysDirectory.ROOT_CRL_FILE))).isEqualTo(crl.getEncoded());
        assertThat(installed.authorities().authorities()).extracting(IssuingAuthority::slug)
                .containsExactlyInAnyOrder("document-signing-ca", "time-stamping-ca");
        assertThat(installed.authorities().issued()).hasSize(3);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            for (String file : List.of(RootAuthority.KEYSTORE_FILE, RootAuthority.PASSWORD_FILE)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rootFolder.resolve(file)))).as(file).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void eachLeafIsIssuedByTheCaOfItsRole() throws Exception {
        SigningKeys created = keysDirectory.loadOrCreate(keys(), PASSWORD);

        assertThat(created.signing().chain().get(1).getSubjectX500Principal().getName())
                .isEqualTo("CN=Evidence Desk Document Signing CA,O=Evidence Desk");
        assertThat(created.timestamping().chain().get(1).getSubjectX500Principal().getName())
                .isEqualTo("CN=Evidence Desk Time-Stamping CA,O=Evidence Desk");
        assertThat(created.publicTimestamping().chain().get(1)).isEqualTo(created.timestamping().chain().get(1));
        created.signing().certificate().verify(created.signing().chain().get(1).getPublicKey());
        created.signing().chain().get(1).verify(created.rootCertificate().getPublicKey());
        assertThat(created.publicTimestamping().certificate().getPublicKey()).isNotEqualTo(created.timestamping().certificate().getPublicKey());
    }

    /** A leaf near its end is replaced by its CA on the next start; the old one stays, retired, for its OCSP answers. */
    @Test
    void aLeafNearItsEndIsRenewedAndTheOldOneKeptAsRetired() throws Exception {
        InstalledKeys first = keysDirectory.loadOrCreateInstallation(keys(), PASSWORD);
        Clock later = Clock.offset(Clock.systemUTC(), LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY.minusDays(89));

        InstalledKeys renewed = new KeysDirectory(later, AuthorityAddresses.LOCAL, LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY,
                Duration.ofDays(90)).loadOrCreateInstallation(keys(), PASSWORD);

        assertThat(renewed.keys().signing().certificate()).isNotEqualTo(first.keys().signing().certificate());
        assertThat(renewed.keys().timestamping().certificate()).isNotEqualTo(first.keys().timestamping().certificate());
        assertThat(renewed.keys().signing().chain().subList(1, 3)).isEqualTo(first.keys().signing().chain().subList(1, 3));
        assertThat(renewed.keys().signing().certificate().getNotAfter()).isAfter(first.keys().signing().certificate().getNotAfter());
        assertThat(renewed.authorities().issued()).hasSize(6).contains(first.keys().signing().certificate(),
                first.keys().timestamping().certificate(), first.keys().publicTimestamping().certificate());
        IssuingAuthority signingCa = renewed.authorities().bySlug("document-signing-ca").orElseThrow();
        assertThat(renewed.authorities().issuedSerial(signingCa, first.keys().signing().certificate().getSerialNumber())).isTrue();

        InstalledKeys again = new KeysDirectory(later, AuthorityAddresses.LOCAL, LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY,
                Duration.ofDays(90)).loadOrCreateInstallation(keys(), PASSWORD);
        assertThat(again.keys()).as("renewed once, not on every start").isEqualTo(renewed.keys());
    }

    @Test
    void aLeafWithTimeLeftIsNotRenewed() {
        SigningKeys first = keysDirectory.loadOrCreate(keys(), PASSWORD);
        Clock later = Clock.offset(Clock.systemUTC(), LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY.minusDays(91));

        SigningKeys again = new KeysDirectory(later, AuthorityAddresses.LOCAL, LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY,
                Duration.ofDays(90)).loadOrCreate(keys(), PASSWORD);

        assertThat(again).isEqualTo(first);
    }

    /** An installation made before public time-stamps had their own certificate gets one on its next start. */
    @Test
    void anOlderKeystoreGainsThePublicCertificateAndKeepsEveryOtherKey() throws Exception {
        LocalCertificateAuthority authority = new LocalCertificateAuthority(Clock.systemUTC());
        Credential root = authority.createRoot();
        Credential tsa = authority.issueTimestamping(TestKeys.rootAsIssuer(root));
        Credential signing = authority.issueSigning(TestKeys.rootAsIssuer(root));
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
    void laterStartsLoadTheSameKeysAndRewriteNothing() throws IOException {
        SigningKeys first = keysDirectory.loadOrCreate(keys(), PASSWORD);
        byte[] keystore = Files.readAllBytes(keys().resolve(KeysDirectory.KEYSTORE_FILE));
        byte[] pem = Files.readAllBytes(keys().resolve(KeysDirectory.ROOT_CERTIFICATE_FILE));

        SigningKeys again = new KeysDirectory(Clock.offset(Clock.systemUTC(), Duration.ofDays(400))).loadOrCreate(keys(), PASSWORD);
        assertThat(keys().resolve(KeysDirectory.ROOT_CRL_FILE)).isRegularFile();

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
}
