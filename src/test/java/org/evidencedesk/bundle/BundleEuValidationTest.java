package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.ASiCContainerType;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.signing.EuValidator;
import org.evidencedesk.signing.TestCourtCa;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A freshly exported bundle judged by the EU DSS validator, which reads the ASiC-E zip itself, with the root as its
 * only anchor and nothing fetched: the manifest signature, the custody checkpoint and the receipts pass at
 * CAdES-BASELINE-LTA; one changed byte in an evidence file or in the ASiC manifest is a hash failure.
 */
class BundleEuValidationTest {

    @TempDir
    static Path directory;

    private static Path bundle;
    private static Map<String, byte[]> entries;
    private final EuValidator judge = new EuValidator(TestKeys.SHARED.rootCertificate());

    @BeforeAll
    static void export() throws IOException {
        long started = System.nanoTime();
        bundle = BundleFixture.standard().bundleFile(directory);
        System.out.printf("A bundle of three items, every signature at LTA, took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        entries = Archives.entries(bundle);
    }

    @Test
    void aFreshBundlePassesAsAsicEAtCadesBaselineLta() throws IOException {
        EuValidator.Verdict verdict = judge.validate(Files.readAllBytes(bundle)).print("bundle (ASiC-E)");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        assertThat(verdict.container()).contains(ASiCContainerType.ASiC_E);
        assertThat(verdict.signatureCount()).isEqualTo(1);
        assertThat(verdict.fetchesRefused()).isZero();
    }

    @Test
    void theCustodyCheckpointPassesAtCadesBaselineLta() {
        EuValidator.Verdict verdict = judge.validate(entries.get(BundleLayout.CHECKPOINT_SIGNATURE), entries.get(BundleLayout.CHECKPOINT))
                .print("custody checkpoint");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
    }

    @Test
    void eachReceiptPassesAtCadesBaselineLta() {
        for (String exhibit : new String[] {"P-001", "P-002", "P-003"}) {
            EuValidator.Verdict verdict = judge.validate(entries.get(BundleLayout.receiptSignature(exhibit)),
                    entries.get(BundleLayout.receipt(exhibit))).print("receipt " + exhibit);
            assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(verdict.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        }
    }

    @Test
    void oneChangedByteInAnEvidenceFileIsAHashFailure() throws IOException {
        String evidence = entries.keySet().stream().filter(name -> name.startsWith("P-001")).findFirst().orElseThrow();
        Path changed = Archives.change(bundle, evidence, Archives::flipOneByte);
        EuValidator.Verdict verdict = judge.validate(Files.readAllBytes(changed)).print("bundle, one byte of " + evidence + " changed");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void oneChangedByteInTheAsicManifestIsAHashFailure() throws IOException {
        Path changed = Archives.change(bundle, BundleLayout.ASIC_MANIFEST, Archives::flipOneByte);
        EuValidator.Verdict verdict = judge.validate(Files.readAllBytes(changed)).print("bundle, one byte of the ASiC manifest changed");
        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    /**
     * Signed with a court's own certificate: the court's chain is not ours, so no revocation data for it is embedded
     * (docs/operations.md says so). DSS, given both roots and nothing to fetch, says exactly that: not PASSED, for want
     * of revocation data, never a hash or signature failure.
     */
    @Test
    void aCourtSignedBundleLacksOnlyTheCourtsRevocationData() throws Exception {
        TestCourtCa court = new TestCourtCa();
        Path signed = BundleFixture.courtSigned(court).bundleFile(Files.createDirectories(directory.resolve("court")));

        EuValidator.Verdict verdict = new EuValidator(TestKeys.SHARED.rootCertificate(), List.of(court.root()))
                .validate(Files.readAllBytes(signed)).print("court-signed bundle (ASiC-E), both roots trusted");

        assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(verdict.lines()).anyMatch(line -> line.contains("No revocation data found for the certificate"));
        assertThat(verdict.subIndication()).isNotIn(Optional.of(SubIndication.HASH_FAILURE), Optional.of(SubIndication.SIG_CRYPTO_FAILURE),
                Optional.of(SubIndication.NO_CERTIFICATE_CHAIN_FOUND));
        assertThat(verdict.fetchesRefused()).isZero();
    }
}
