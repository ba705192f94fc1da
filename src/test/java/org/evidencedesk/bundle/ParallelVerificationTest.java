package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.bundle.verify.ItemReport;
import org.evidencedesk.bundle.verify.ReportJson;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify command checks a bundle's parts and items on every core: its report must be the one a single thread
 * makes, finding for finding, item for item, in the same order, for a sound bundle and for one damaged in many places.
 */
class ParallelVerificationTest {

    private static final int ITEMS = 24;

    @TempDir
    static Path directory;

    private static Path bundle;

    @BeforeAll
    static void writeABundleOfManyItems() throws IOException {
        BundleFixture fixture = new BundleFixture();
        for (int i = 1; i <= ITEMS; i++) {
            String exhibit = String.format(Locale.ROOT, "P-%03d", i);
            fixture.item(exhibit, "Listing " + i, "listing " + i + ".txt", ("listing number " + i).getBytes(StandardCharsets.UTF_8));
        }
        bundle = Files.move(fixture.bundleFile(directory), directory.resolve("many.asice"));
    }

    private static String report(Path file, int threads, VerificationLimits limits) {
        BundleReport report = new BundleVerifier(Clock.systemUTC(), limits, threads)
                .verify(file, Optional.of(TestKeys.SHARED.rootCertificate()));
        return ReportJson.render(report, Phrase.messages(Locale.ENGLISH));
    }

    private static BundleReport verify(Path file, int threads) {
        return new BundleVerifier(Clock.systemUTC(), VerificationLimits.STANDARD, threads)
                .verify(file, Optional.of(TestKeys.SHARED.rootCertificate()));
    }

    @Test
    void aSoundBundlePassesWithTheSameReportOnFourThreadsAsOnOne() {
        BundleReport parallel = verify(bundle, 4);

        assertThat(parallel.passed()).isTrue();
        assertThat(parallel.items()).hasSize(ITEMS).allSatisfy(item -> assertThat(item.passed()).isTrue());
        assertThat(parallel.items().get(ITEMS - 1).exhibit()).isEqualTo("P-024");
        assertThat(report(bundle, 4, VerificationLimits.STANDARD)).isEqualTo(report(bundle, 1, VerificationLimits.STANDARD));
    }

    @Test
    void aBundleDamagedInManyPlacesGetsTheSameReportOnFourThreadsAsOnOne() throws IOException {
        Map<String, byte[]> entries = Archives.entries(bundle);
        entries.put("P-005 - Listing 5.txt", Archives.flipOneByte(entries.get("P-005 - Listing 5.txt")));
        entries.remove(BundleLayout.token("P-009"));
        entries.put(BundleLayout.receipt("P-013"), Archives.flipOneByte(entries.get(BundleLayout.receipt("P-013"))));
        entries.put(BundleLayout.receiptSignature("P-017"), Arrays.copyOf(entries.get(BundleLayout.receiptSignature("P-017")), 60));
        entries.remove("P-020 - Listing 20.txt");
        entries.put("slipped in.txt", "not listed".getBytes(StandardCharsets.UTF_8));
        Path damaged = Archives.write(directory.resolve("damaged.asice"), entries);

        BundleReport parallel = verify(damaged, 4);
        assertThat(parallel.passed()).isFalse();
        assertThat(parallel.items()).filteredOn(item -> !item.passed()).extracting(ItemReport::exhibit)
                .containsExactly("P-005", "P-009", "P-013", "P-017", "P-020");
        assertThat(report(damaged, 4, VerificationLimits.STANDARD)).isEqualTo(report(damaged, 1, VerificationLimits.STANDARD));
    }

    @Test
    void aVerificationPastItsBudgetStopsAndSaysSoOnFourThreadsToo() {
        VerificationLimits none = VerificationLimits.STANDARD.withBudget(Duration.ZERO);
        String parallel = report(bundle, 4, none);

        assertThat(parallel).contains("\"time\"");
        assertThat(parallel).isEqualTo(report(bundle, 1, none));
    }
}
