package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The EU DSS validator, with the installation's root as its only anchor and nothing fetched, judges the CAdES
 * signatures Evidence Desk makes: TOTAL_PASSED at CAdES-BASELINE-LTA, and HASH_FAILURE for one changed byte.
 */
class EuValidationTest {

    private static final byte[] RECEIPT = "{\"case\":\"(2026) Hu 0115 Min Chu 1\",\"exhibit\":\"P-001\"}".getBytes(StandardCharsets.UTF_8);

    private final Clock clock = Clock.systemUTC();
    private final SigningKeys keys = TestKeys.SHARED;
    private final ValidationDataSource authorities = TestValidationData.forSharedKeys(clock);
    private final BouncyCastleTimestampAuthority tsa = new BouncyCastleTimestampAuthority(keys.timestamping(), TestKeys.counter(), clock);
    private final CadesArchiveTimestamps archive = new CadesArchiveTimestamps(tsa, authorities, Instant.parse("2030-12-31T00:00:00Z"));
    private final LongTermSigner signer = new CadesLongTermSigner(new CmsSigner(keys.signing(), clock), tsa, archive);
    private final EuValidator judge = new EuValidator(keys.rootCertificate());

    @Test
    void aReceiptPassesAtLta() {
        EuValidator.Verdict verdict = judge.validate(signer.signDetached(RECEIPT), RECEIPT).print("receipt");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        assertThat(verdict.fetchesRefused()).isZero();
    }

    @Test
    void oneChangedByteOfTheReceiptIsAHashFailure() {
        byte[] signature = signer.signDetached(RECEIPT);
        byte[] changed = RECEIPT.clone();
        changed[changed.length - 3] ^= 1;
        EuValidator.Verdict verdict = judge.validate(signature, changed).print("receipt, one byte changed");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void aRenewedReceiptCarriesTwoArchiveTimestampsAndStillPasses() {
        byte[] renewed = archive.renew(signer.signDetached(RECEIPT), RECEIPT);
        EuValidator.Verdict verdict = judge.validate(renewed, RECEIPT).print("receipt, renewed once");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        assertThat(verdict.timestampCount()).isEqualTo(3);
        assertThat(verdict.fetchesRefused()).isZero();
    }

    /**
     * Renewal is what keeps a receipt valid past its certificates: renewed by an authority whose certificate outlives
     * them, it passes when validated after the signer's and the first time-stamp's certificates ran out; the same
     * receipt not renewed does not. (The renewal runs now, not in a simulated future: Bouncy Castle stamps its
     * tokens' signing-time from the system clock, so a future-dated authority certificate would not verify.)
     */
    @Test
    void aRenewedReceiptPassesAfterItsFirstCertificatesExpired() {
        byte[] signature = signer.signDetached(RECEIPT);
        Credential longerTsa = new LocalCertificateAuthority(clock, AuthorityAddresses.LOCAL, Duration.ofDays(1500))
                .issueTimestamping(TestKeys.TIMESTAMPING_CA);
        CadesArchiveTimestamps renewal = new CadesArchiveTimestamps(new BouncyCastleTimestampAuthority(longerTsa, TestKeys.counter(), clock),
                TestValidationData.forSharedKeys(new InMemoryRevocations(), clock, List.of(longerTsa.certificate())),
                Instant.parse("2200-01-01T00:00:00Z"));
        byte[] renewed = renewal.renew(signature, RECEIPT);

        Instant afterExpiry = keys.signing().certificate().getNotAfter().toInstant().plus(Duration.ofDays(30));
        assertThat(afterExpiry).isAfter(keys.timestamping().certificate().getNotAfter().toInstant())
                .isBefore(longerTsa.certificate().getNotAfter().toInstant());
        EuValidator.Verdict verdict = judge.at(afterExpiry).validate(renewed, RECEIPT)
                .print("receipt renewed by a longer-lived authority, validated after its first certificates expired");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);

        EuValidator.Verdict notRenewed = judge.at(afterExpiry).validate(signature, RECEIPT).print("the same receipt not renewed, validated then");
        assertThat(notRenewed.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
    }
}
