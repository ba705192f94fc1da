package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.bundle.verify.Finding;
import org.evidencedesk.bundle.verify.PdfBombs;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.signing.HostileEncodings;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caps of one verification: archives, manifests and evidence lists built to exhaust the heap, the disk or the
 * thread, or malformed to break their readers, are refused with their reason, quickly, and a verification past its
 * time budget stops and says so.
 */
class HostileBundleTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    static Path shared;

    @TempDir
    Path directory;

    private static Path bundle;
    private final BundleVerifier verifier = new BundleVerifier(Clock.systemUTC());

    @BeforeAll
    static void writeOneBundle() throws IOException {
        bundle = BundleFixture.standard().bundleFile(shared);
    }

    private static Finding finding(BundleReport report, String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " in " + report.findings()));
    }

    private static void assertFailsWith(BundleReport report, String check, String... words) {
        assertThat(report.passed()).isFalse();
        Finding finding = finding(report, check);
        assertThat(finding.failed()).as(finding.toString()).isTrue();
        assertThat(finding.detail().toString()).contains(words);
    }

    @Test
    void twoHundredThousandEmptyEntriesAreRefusedFromTheCentralDirectory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            for (int i = 0; i < 200_000; i++) {
                zip.putNextEntry(new ZipEntry(Integer.toString(i, 36)));
                zip.closeEntry();
            }
        }
        Path many = Files.write(directory.resolve("many.asice"), out.toByteArray());

        long started = System.nanoTime();
        BundleReport report = verifier.verify(many, Optional.empty());

        assertFailsWith(report, "archive", "200000 entries", "at most " + VerificationLimits.MAX_ENTRIES);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void entriesThatShareTheirBytesAreRefusedAsOverlapping() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(Archives.entries(bundle));
        entries.put("extra/a.bin", "the bytes of one entry".getBytes(StandardCharsets.UTF_8));
        entries.put("extra/b.bin", "the bytes of another".getBytes(StandardCharsets.UTF_8));
        byte[] archive = Files.readAllBytes(Archives.write(directory.resolve("raw.zip"), entries));
        pointCentralEntryAt(archive, "extra/b.bin", localHeaderOf(archive, "extra/a.bin"));

        BundleReport report = verifier.verify(Files.write(directory.resolve("overlap.asice"), archive), Optional.empty());

        assertFailsWith(report, "archive", "overlap", "extra/a.bin", "extra/b.bin");
    }

    @Test
    void aManifestOfAMillionItemsIsRefusedBeforeItFillsTheHeap() throws IOException {
        StringBuilder json = new StringBuilder("{\"case\":\"(2026)京73民初1号\",\"items\":[");
        for (int i = 0; i < 1_000_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"e\":\"").append(Integer.toHexString(i * 0x9E3779B1)).append("\"}");
        }
        Path million = Archives.change(bundle, BundleLayout.MANIFEST_JSON,
                ignored -> json.append("]}").toString().getBytes(StandardCharsets.UTF_8));

        BundleReport report = verifier.verify(million, Optional.empty());

        assertThat(Files.size(million)).as("compresses like real data, not like a bomb").isGreaterThan(4_000_000);
        assertFailsWith(report, "items", "more than " + VerificationLimits.MAX_MANIFEST_ITEMS);
        assertThat(report.items()).isEmpty();
    }

    @Test
    void anAsicManifestListingMoreFilesThanItsCapIsRefused() {
        BundleReport report = new BundleVerifier(Clock.systemUTC(), VerificationLimits.STANDARD.withManifestItems(4))
                .verify(bundle, Optional.empty());

        assertFailsWith(report, "manifest", "more than 4 files");
    }

    @Test
    void doctypeExternalEntitiesAndBillionLaughsInTheAsicManifestAreRefused() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<asic:ASiCManifest xmlns:asic=\"" + AsicManifest.NAMESPACE + "\">&x;</asic:ASiCManifest>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><asic:ASiCManifest xmlns:asic=\"").append(AsicManifest.NAMESPACE).append("\">&lol9;</asic:ASiCManifest>");

        for (String manifest : new String[] {xxe, laughs.toString()}) {
            Path hostile = Archives.change(bundle, BundleLayout.ASIC_MANIFEST, ignored -> manifest.getBytes(StandardCharsets.UTF_8));
            assertFailsWith(verifier.verify(hostile, Optional.empty()), "manifest", "DOCTYPE");
        }
    }

    @Test
    void aCustodyLogLongerThanItsCapIsRefused() {
        BundleReport report = new BundleVerifier(Clock.systemUTC(), VerificationLimits.STANDARD.withCustodyLines(2))
                .verify(bundle, Optional.empty());

        assertFailsWith(report, "custodyChain", "more than 2 lines");
    }

    @Test
    void aVerificationPastItsBudgetStopsAndSaysSo() {
        long started = System.nanoTime();
        BundleReport report = new BundleVerifier(Clock.systemUTC(), VerificationLimits.STANDARD.withBudget(Duration.ZERO))
                .verify(bundle, Optional.empty());

        assertFailsWith(report, "time", "took longer than", "stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anEvidenceListInflatingToAGibibyteFailsTheBundleAndLeavesTheHeapAlone() throws IOException {
        Path bombed = BundleFixture.standard().evidenceList(PdfBombs.crossReferenceStreamInflatingTo(1024)).bundleFile(directory);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        BundleReport report = verifier.verify(bombed, Optional.empty());

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertFailsWith(report, "evidenceList", "refused as a PDF bomb");
        assertThat(report.findings()).filteredOn(Finding::failed).extracting(Finding::check).containsExactly("evidenceList");
        assertThat(allocated).as("bytes allocated by the whole verification").isLessThan(128 * MIB);
    }

    @Test
    void aZip64LocatorPointingBeforeTheFileIsAnArchiveWithoutItsEnd() throws IOException {
        ByteBuffer file = ByteBuffer.allocate(42).order(ByteOrder.LITTLE_ENDIAN);
        // The zip64 end-of-central-directory locator: its record at offset -1. Then an end record that sends a reader there.
        file.putInt(0x07064b50).putInt(0).putLong(-1).putInt(1);
        file.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF).putShort((short) 0xFFFF)
                .putInt(-1).putInt(-1).putShort((short) 0);

        BundleReport report = verifier.verify(Files.write(directory.resolve("locator.asice"), file.array()), Optional.empty());

        assertFailsWith(report, "archive", "no zip64 end of central directory");
    }

    @Test
    void aZip64ExtraFieldLongerThanItsRecordIsADirectoryCutShort() throws IOException {
        byte[] name = "a.txt".getBytes(StandardCharsets.UTF_8);
        byte[] content = "the content".getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(30 + name.length + content.length + 46 + name.length + 12 + 22).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0)
                .putInt(content.length).putInt(content.length).putShort((short) name.length).putShort((short) 0).put(name).put(content);
        int centralAt = file.position();
        // Both sizes "in the zip64 extra field", which claims 16 bytes and has 8 before its record ends.
        file.putInt(0x02014b50).putShort((short) 45).putShort((short) 45).putShort((short) 0).putShort((short) 0).putInt(0)
                .putInt(0).putInt(-1).putInt(-1).putShort((short) name.length).putShort((short) 12).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(name)
                .putShort((short) 0x0001).putShort((short) 16).putLong(content.length);
        int centralSize = file.position() - centralAt;
        file.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(centralSize).putInt(centralAt).putShort((short) 0);

        BundleReport report = verifier.verify(Files.write(directory.resolve("extra.asice"), file.array()), Optional.empty());

        assertFailsWith(report, "archive", "central directory is cut short");
    }

    @Test
    void anAsicManifestNamingAFileOrItsSignatureByAnOpaqueUriIsRefused() throws IOException {
        for (String element : new String[] {"asic:DataObjectReference", "asic:SigReference"}) {
            Path opaque = Archives.change(bundle, BundleLayout.ASIC_MANIFEST, xml -> new String(xml, StandardCharsets.UTF_8)
                    .replaceFirst("(<" + element + " URI=\")[^\"]*", "$1mailto:x").getBytes(StandardCharsets.UTF_8));

            assertFailsWith(verifier.verify(opaque, Optional.empty()), "manifest", "invalid URI");
        }
    }

    /**
     * Thousands of nested SEQUENCEs (16 KB) overflow Bouncy Castle's recursive parser, on a verifying thread with half
     * the server's default stack, wherever a signature or a token is read: a 500 and a trace, before. Refused as hostile.
     */
    @Test
    void aSignatureOrTokenNestedThousandsDeepIsRefusedAsHostile() throws Exception {
        byte[] nested = HostileEncodings.nestedDefiniteSequences(4000);
        Path file = Files.writeString(directory.resolve("listing.png"), "some evidence");
        for (String proof : List.of("deep.tsr", "deep.p7s")) {
            Path companion = Files.write(directory.resolve(proof), nested);

            BundleReport report = HostileEncodings.onSmallStack(() -> verifier.verifyFile("listing.png", file, proof, companion,
                    TestKeys.SHARED.rootCertificate()));

            assertFailsWith(report, "file", "nested deeper than any reader here can follow");
        }
        Path deep = Archives.change(bundle, BundleLayout.SIGNATURE, signature -> nested);

        BundleReport report = HostileEncodings.onSmallStack(() -> verifier.verify(deep, Optional.empty()));

        assertThat(report.passed()).isFalse();
        assertThat(report.findings()).anySatisfy(finding -> {
            assertThat(finding.failed()).isTrue();
            assertThat(finding.detail().toString()).contains("nested deeper than any reader here can follow");
        });
    }

    @Test
    void aProofOverSixtyFourKibibytesIsRefusedAndOneAtTheCapIsRead() throws IOException {
        Path file = Files.writeString(directory.resolve("listing.png"), "some evidence");
        Path tooLarge = Files.write(directory.resolve("big.tsr"), new byte[VerificationLimits.PROOF_LIMIT + 1]);
        Path atTheCap = Files.write(directory.resolve("cap.tsr"), new byte[VerificationLimits.PROOF_LIMIT]);

        BundleReport refused = verifier.verifyFile("listing.png", file, "big.tsr", tooLarge, TestKeys.SHARED.rootCertificate());
        BundleReport read = verifier.verifyFile("listing.png", file, "cap.tsr", atTheCap, TestKeys.SHARED.rootCertificate());

        assertFailsWith(refused, "file", "larger than 64 KiB");
        assertThat(read.findings()).extracting(finding -> finding.detail().toString()).noneSatisfy(d -> assertThat(d).contains("larger than"));
        assertThat(finding(read, "token").failed()).isTrue();
    }

    /** The offset of the local header whose name is {@code name}. */
    private static int localHeaderOf(byte[] archive, String name) {
        return find(archive, 0x04034b50, 30, name);
    }

    /** Makes the central directory's record for {@code name} point at another entry's local header. */
    private static void pointCentralEntryAt(byte[] archive, String name, int offset) {
        int record = find(archive, 0x02014b50, 46, name);
        ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN).putInt(record + 42, offset);
    }

    private static int find(byte[] archive, int signature, int nameAt, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + nameAt + wanted.length <= archive.length; i++) {
            if (buffer.getInt(i) == signature
                    && java.util.Arrays.equals(archive, i + nameAt, i + nameAt + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no header for " + name);
    }
}
