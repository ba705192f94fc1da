package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The integrity sweep's check of a stored token: evidence tokens of this installation or of the configured external authority. */
class EvidenceTokenCheckTest {

    private static final byte[] DIGEST = DigestAlgorithm.SHA256.digest("exhibit P-001".getBytes(StandardCharsets.UTF_8));
    private static final SigningKeys KEYS = TestKeys.SHARED;
    private static final SigningKeys EXTERNAL = TestKeys.another();

    private final Clock clock = Clock.systemUTC();
    private final EvidenceTokenCheck builtInOnly = new EvidenceTokenCheck(KEYS, Optional.empty(), clock);

    @Test
    void anEvidenceTokenOverTheItemsDigestPasses() {
        byte[] token = new BouncyCastleTimestampAuthority(KEYS.timestamping(), TestKeys.counter(), clock).stamp(DIGEST).encoded();

        assertThat(builtInOnly.problem(token, DIGEST)).isEmpty();
    }

    @Test
    void aPublicTokenIsNamedAsSuch() {
        byte[] token = new BouncyCastleTimestampAuthority(KEYS.publicTimestamping(), TestKeys.counter(), clock, TimestampPolicy.PUBLIC)
                .stamp(DIGEST).encoded();

        assertThat(builtInOnly.problem(token, DIGEST)).hasValueSatisfying(problem ->
                assertThat(problem).contains("a public time-stamp, not an evidence receipt"));
    }

    @Test
    void aTokenOverAnotherDigestFails() {
        byte[] other = DigestAlgorithm.SHA256.digest("exhibit P-002".getBytes(StandardCharsets.UTF_8));
        byte[] token = new BouncyCastleTimestampAuthority(KEYS.timestamping(), TestKeys.counter(), clock).stamp(other).encoded();

        assertThat(builtInOnly.problem(token, DIGEST)).hasValueSatisfying(problem -> assertThat(problem).contains("different digest"));
    }

    @Test
    void theConfiguredExternalAuthoritysTokensPassAndNoOneElses() {
        byte[] token = new BouncyCastleTimestampAuthority(EXTERNAL.timestamping(), TestKeys.counter(), clock, "1.2.156.112562.1.1")
                .stamp(DIGEST).encoded();
        ExternalAuthority external = new ExternalAuthority(URI.create("https://tsa.example/tsr"), List.of(EXTERNAL.rootCertificate()),
                Optional.empty(), Optional.empty());

        assertThat(new EvidenceTokenCheck(KEYS, Optional.of(external), clock).problem(token, DIGEST)).isEmpty();
        assertThat(builtInOnly.problem(token, DIGEST)).hasValueSatisfying(problem -> assertThat(problem).contains("trusted root"));
    }
}
