package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a keystore an operator brings, and the mistakes such a keystore can hold. */
class SigningKeyStoreTest {

    private static final char[] PASSWORD = "production".toCharArray();

    @TempDir
    Path directory;

    private final LocalCertificateAuthority authority = new LocalCertificateAuthority(Clock.systemUTC());

    @Test
    void loadsTheNamedEntriesAndTakesTheRootFromTheirChains() throws IOException {
        Credential root = authority.createRoot();
        Credential tsa = authority.issueTimestamping(TestKeys.rootAsIssuer(root));
        Credential signing = authority.issueSigning(TestKeys.rootAsIssuer(root));
        Path keystore = write(root, tsa, signing);

        SigningKeys loaded = SigningKeyStore.load(keystore, PASSWORD, "tsa", "tsa-public", "signer");

        assertThat(loaded.rootCertificate()).isEqualTo(root.certificate());
        assertThat(loaded.timestamping().chain()).isEqualTo(tsa.chain());
        assertThat(loaded.signing().privateKey().getEncoded()).isEqualTo(signing.privateKey().getEncoded());
    }

    @Test
    void aMissingKeystoreIsNamed() {
        assertThatThrownBy(() -> SigningKeyStore.load(directory.resolve("absent.p12"), PASSWORD, "tsa", "tsa-public", "signer"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("absent.p12 does not exist");
    }

    @Test
    void anUnknownAliasIsReportedWithTheAliasesThatExist() throws IOException {
        Credential root = authority.createRoot();
        Path keystore = write(root, authority.issueTimestamping(TestKeys.rootAsIssuer(root)), authority.issueSigning(TestKeys.rootAsIssuer(root)));

        assertThatThrownBy(() -> SigningKeyStore.load(keystore, PASSWORD, "tsa", "tsa-public", "court-signer"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no private key under alias 'court-signer'")
                .hasMessageContaining("signer");
    }

    @Test
    void aTimestampingEntryWithoutTheTimeStampingUsageIsRefused() throws IOException {
        Credential root = authority.createRoot();
        Path keystore = write(root, authority.issueTimestamping(TestKeys.rootAsIssuer(root)), authority.issueSigning(TestKeys.rootAsIssuer(root)));

        assertThatThrownBy(() -> SigningKeyStore.load(keystore, PASSWORD, "signer", "tsa-public", "signer"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'signer' cannot be used for timestamping")
                .hasMessageContaining("timeStamping, alone and critical");
    }

    @Test
    void publicTimeStampsSharingTheEvidenceCertificateAreRefused() throws IOException {
        Credential root = authority.createRoot();
        Path keystore = write(root, authority.issueTimestamping(TestKeys.rootAsIssuer(root)), authority.issueSigning(TestKeys.rootAsIssuer(root)));

        assertThatThrownBy(() -> SigningKeyStore.load(keystore, PASSWORD, "tsa", "tsa", "signer"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("public time-stamps need a certificate of their own");
    }

    @Test
    void chainsEndingAtDifferentRootsAreRefused() throws IOException {
        Credential root = authority.createRoot();
        Credential strangerRoot = authority.createRoot();
        Path keystore = write(root, authority.issueTimestamping(TestKeys.rootAsIssuer(strangerRoot)), authority.issueSigning(TestKeys.rootAsIssuer(root)));

        assertThatThrownBy(() -> SigningKeyStore.load(keystore, PASSWORD, "tsa", "tsa-public", "signer"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("must end at the same root");
    }

    @Test
    void aFileThatIsNotAKeystoreIsCalledCorrupt() throws IOException {
        Path keystore = Files.writeString(directory.resolve("notes.p12"), "not a keystore");

        assertThatThrownBy(() -> SigningKeyStore.load(keystore, PASSWORD, "tsa", "tsa-public", "signer"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("corrupt or not a PKCS#12 file");
    }

    private Path write(Credential root, Credential tsa, Credential signing) throws IOException {
        return Files.write(directory.resolve("production.p12"),
                SigningKeyStore.encode(root, tsa, authority.issuePublicTimestamping(TestKeys.rootAsIssuer(root)), signing, PASSWORD));
    }
}
