package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The EU DSS validator, with the installation's root as its only anchor and nothing fetched, judges the CAdES
 * signatures Evidence Desk makes: TOTAL_PASSED at CAdES-BASELINE-LTA, and HASH_FAILURE for one changed byte.
 */
class EuValidationTest {

    private static final byte[] RECEIPT = "{\"case\":\"(2026) Hu 0115 Min Chu 1\",\"exhibit\":\"P-001\"}".getBytes(StandardCharsets.UTF_8);

    private final Clock clock = Clock.systemUTC();
    private final SigningKeys keys = TestKeys.SHARED;
    private final TestValidationAuthority authorities = TestValidationAuthority.forSharedKeys(clock);
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
}
