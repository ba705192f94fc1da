package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revocation record names its certificate as openssl does (serial, SHA-256 fingerprint, issuer) and states it to
 * the CRLs and OCSP answers with the reason code RFC 5280 section 5.3.1 gives.
 */
class RevokedCertificateTest {

    @TempDir
    Path directory;

    @Test
    void theRecordNamesTheCertificateAsOpensslPrintsIt() throws Exception {
        X509Certificate signing = TestKeys.SHARED.signing().certificate();
        Files.write(directory.resolve("signing.der"), signing.getEncoded());
        OpensslCommand.Result printed = OpensslCommand.run(directory, "x509", "-inform", "DER", "-in", "signing.der",
                "-noout", "-serial", "-fingerprint", "-sha256");
        assertThat(printed.succeeded()).as(printed.output()).isTrue();

        RevokedCertificate record = new RevokedCertificate(signing, Instant.parse("2026-11-30T10:00:00Z"),
                RevocationReason.KEY_COMPROMISE, "admin", "Key copied to a lost laptop");

        assertThat(printed.output()).contains("serial=" + RevokedCertificate.serialHexOf(record.getSerialNumber()) + "\n");
        assertThat(printed.output().toLowerCase(Locale.ROOT).replace(":", ""))
                .contains("=" + record.getSha256Fingerprint() + "\n");
        assertThat(record.getSubjectDn()).isEqualTo(signing.getSubjectX500Principal().getName());
    }

    @Test
    void serialsAreWholeOctetsOfUpperCaseHex() {
        assertThat(RevokedCertificate.serialHexOf(BigInteger.valueOf(0xABC))).isEqualTo("0ABC");
        assertThat(RevokedCertificate.serialHexOf(BigInteger.valueOf(0x1F2E))).isEqualTo("1F2E");
    }

    @Test
    void thePortSeesTheIssuerSerialTimeAndReasonCode() {
        X509Certificate stamping = TestKeys.SHARED.timestamping().certificate();
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        for (RevocationReason reason : RevocationReason.values()) {
            Revocation revocation = new RevokedCertificate(stamping, at, reason, "admin", "why").revocation();

            assertThat(revocation.issuer()).isEqualTo(stamping.getIssuerX500Principal());
            assertThat(revocation.serialNumber()).isEqualTo(stamping.getSerialNumber());
            assertThat(revocation.revokedAt()).isEqualTo(at);
            assertThat(revocation.reason()).isEqualTo(reason);
        }
    }
}
