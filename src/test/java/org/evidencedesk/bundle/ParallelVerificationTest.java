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

    /**
     * An archive whose parts each inflate modestly but together beyond the archive's cap: which part passes the cap
     * depends on the order parts are read in, which is not fixed on four threads, so the verification stops naming the
     * archive, and the report is the same on four threads as on one.
     */
    @Test
    void anArchiveInflatingBeyondItsCapStopsWithTheSameReportOnFourThreadsAsOnOne() throws IOException {
        Map<String, byte[]> entries = Archives.entries(bundle);
        StringBuilder references = new StringBuilder();
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 80; i++) {
            byte[] part = new byte[1024 * 1024];
            for (int at = 0; at < part.length; at += 64) {
                part[at] = (byte) random.nextInt();
                part[at + 1] = (byte) random.nextInt();
            }
            String name = "pad-" + i + ".bin";
            entries.put(name, part);
            references.append("<asic:DataObjectReference URI=\"").append(name).append("\" MimeType=\"application/octet-stream\">")
                    .append("<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>")
                    .append("<ds:DigestValue>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</ds:DigestValue></asic:DataObjectReference>\n");
        }
        String manifest = new String(entries.get(BundleLayout.ASIC_MANIFEST), StandardCharsets.UTF_8)
                .replace("</asic:ASiCManifest>", references + "</asic:ASiCManifest>");
        entries.put(BundleLayout.ASIC_MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        Path bomb = Archives.write(directory.resolve("bomb.asice"), entries);
        assertThat(Files.size(bomb)).as("small enough that 80 MiB passes the cap").isLessThan(8L * 1024 * 1024);

        String one = report(bomb, 1, VerificationLimits.STANDARD);
        assertThat(one).contains("refused as a zip bomb", "\"archive\"");
        for (int run = 0; run < 3; run++) {
            assertThat(report(bomb, 4, VerificationLimits.STANDARD)).isEqualTo(one);
        }
    }
}
