package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.TestKeys;
import org.evidencedesk.signing.TimestampToken;
import org.junit.jupiter.api.Test;

/** A receipt proves a file only when its signature, the SHA-256 it names and its time-stamp token all hold. */
class ReceiptCheckTest {

    private static final byte[] FILE = "Listing capture 1\n".getBytes(StandardCharsets.UTF_8);
    private static final String FILE_SHA256 = HexFormat.of().formatHex(Sha256.of(FILE));

    private final CmsSigner signer = new CmsSigner(TestKeys.SHARED.signing(), Clock.systemUTC());
    private final BouncyCastleTimestampAuthority authority =
            new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), TestKeys.counter(), Clock.systemUTC());
    private final ReceiptCheck check = new ReceiptCheck(TestKeys.SHARED.rootCertificate());

    @Test
    void aReceiptSignedOverTheFilesHashWithItsTokenProvesTheFile() throws IOException {
        TimestampToken token = authority.stamp(Sha256.of(FILE));

        assertThat(check.problem(proof(FILE_SHA256, token), FILE_SHA256)).isEmpty();
    }

    @Test
    void aValidlySignedReceiptOfAnotherFileDoesNotProveThisOne() throws IOException {
        String other = HexFormat.of().formatHex(Sha256.of("another file".getBytes(StandardCharsets.UTF_8)));
        TimestampToken token = authority.stamp(Sha256.of(FILE));

        assertThat(key(check.problem(proof(other, token), FILE_SHA256))).contains("cli.receipt.otherHash");
    }

    @Test
    void aReceiptChangedAfterSigningFailsItsSignature() throws IOException {
        TimestampToken token = authority.stamp(Sha256.of(FILE));
        ReceiptProof signed = proof(FILE_SHA256, token);
        byte[] changed = new String(signed.receipt(), StandardCharsets.UTF_8).replace("P-001", "P-002").getBytes(StandardCharsets.UTF_8);

        assertThat(key(check.problem(new ReceiptProof(changed, signed.signature(), signed.token()), FILE_SHA256)))
                .contains("cli.receipt.signature");
    }

    @Test
    void aTokenOverAnotherDigestFails() throws IOException {
        TimestampToken token = authority.stamp(Sha256.of("something else".getBytes(StandardCharsets.UTF_8)));

        assertThat(key(check.problem(proof(FILE_SHA256, token), FILE_SHA256))).contains("cli.receipt.token");
    }

    @Test
    void aTokenOtherThanTheOneTheReceiptNamesFails() throws IOException {
        TimestampToken named = authority.stamp(Sha256.of(FILE));
        TimestampToken other = authority.stamp(Sha256.of(FILE));
        ReceiptProof proof = proof(FILE_SHA256, named);

        assertThat(key(check.problem(new ReceiptProof(proof.receipt(), proof.signature(), other.encoded()), FILE_SHA256)))
                .contains("cli.receipt.otherToken");
    }

    @Test
    void underAnotherRootNothingVerifies() throws IOException {
        TimestampToken token = authority.stamp(Sha256.of(FILE));
        ReceiptCheck pinnedElsewhere = new ReceiptCheck(TestKeys.another().rootCertificate());

        assertThat(key(pinnedElsewhere.problem(proof(FILE_SHA256, token), FILE_SHA256))).contains("cli.receipt.signature");
    }

    private ReceiptProof proof(String namedSha256, TimestampToken token) throws IOException {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("exhibit", "P-001");
        receipt.put("sha256", namedSha256);
        receipt.put("tsaSerial", token.serialNumber().toString());
        byte[] text = CanonicalJson.write(receipt).getBytes(StandardCharsets.UTF_8);
        return new ReceiptProof(text, signer.signDetached(new ByteArrayInputStream(text)), token.encoded());
    }

    private static Optional<String> key(Optional<Phrase> problem) {
        return problem.map(Phrase::key);
    }
}
