package org.evidencedesk.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evidencedesk.api.ApiProblem;
import org.junit.jupiter.api.Test;

/** The headers of a raw submission: RFC 9530's Content-Digest, the percent-encoded name, the key. */
class SubmissionHeadersTest {

    /** SHA-256 of "abc", in hex and as RFC 9530 carries it (base64 of the 32 bytes). */
    private static final String ABC_HEX = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String ABC_BASE64 = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";

    @Test
    void theSha256MemberOfContentDigestIsReadAmongOthers() {
        assertThat(SubmissionHeaders.sha256("sha-256=:" + ABC_BASE64 + ":")).isEqualTo(ABC_HEX);
        assertThat(SubmissionHeaders.sha256("sha-512=:AAAA:, sha-256=:" + ABC_BASE64 + ":")).isEqualTo(ABC_HEX);
    }

    @Test
    void aMissingMalformedOrShortDigestIsRefused() {
        for (String header : new String[] {null, "", "sha-256=" + ABC_HEX, "sha-512=:" + ABC_BASE64 + ":", "sha-256=:AAAA:", "sha-256=:***:"}) {
            assertThatThrownBy(() -> SubmissionHeaders.sha256(header)).as(String.valueOf(header))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.messageKey()).isEqualTo("api.submit.digestRequired");
                    });
        }
    }

    @Test
    void theFileNameIsPercentDecodedAndAPlusStaysAPlus() {
        assertThat(SubmissionHeaders.fileName("%E8%AF%81%E6%8D%AE+1%20a.pdf")).isEqualTo("证据+1 a.pdf");
        assertThatThrownBy(() -> SubmissionHeaders.fileName("%zz")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> SubmissionHeaders.fileName(null)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aKeyIsOneToAHundredUnreservedCharacters() {
        assertThat(SubmissionHeaders.key("a-1_b.c~")).isEqualTo("a-1_b.c~");
        assertThatThrownBy(() -> SubmissionHeaders.key("a/b")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> SubmissionHeaders.key("x".repeat(101))).isInstanceOf(ApiProblem.class);
    }
}
