package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.bundle.verify.Finding;
import org.evidencedesk.bundle.verify.ItemReport;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.TestCourtCa;
import org.evidencedesk.signing.TestKeys;
import org.evidencedesk.signing.TimestampPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleVerifierTest {

    @TempDir
    static Path shared;

    @TempDir
    Path directory;

    private static Path bundle;
    private final BundleVerifier verifier = new BundleVerifier(Clock.systemUTC());

    @BeforeAll
    static void writeOneBundle() throws IOException {
        bundle = BundleFixture.standard().bundleFile(shared);
        bundle = Files.move(bundle, bundle.resolveSibling("standard.asice"));
    }

    private Path copy() throws IOException {
        return Files.copy(bundle, directory.resolve("copy.asice"));
    }

    private static Finding finding(BundleReport report, String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " in " + report.findings()));
    }

    private static List<Finding> failures(BundleReport report) {
        return report.findings().stream().filter(Finding::failed).toList();
    }

    @Test
    void anUntouchedBundlePassesEveryCheckAgainstItsOwnRootWhichIsReportedAsSelfDeclared() {
        BundleReport report = verifier.verify(bundle, Optional.empty());

        assertThat(failures(report)).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.caseNumber()).contains("(2026)京73民初1号");
        assertThat(report.items()).extracting(ItemReport::exhibit).containsExactly("P-001", "P-002", "P-003");
        assertThat(report.items()).allSatisfy(item -> {
            assertThat(item.passed()).as(item.problems().toString()).isTrue();
            assertThat(item.tokenTime()).isPresent();
        });
        assertThat(report.items().get(2).file()).isEqualTo("P-003 - Screenshot of the listing.png");
        assertThat(finding(report, "root").level()).isEqualTo(Finding.Level.NOTE);
        assertThat(finding(report, "root").detail().toString()).contains("self-declared root, not independently trusted");
        assertThat(finding(report, "signature").detail().toString()).contains("CN=Evidence Desk Signing");
        assertThat(finding(report, "signatureTimestamp").detail().toString()).contains("time-stamped");
        assertThat(finding(report, "custodyChain").detail().toString()).contains("6 entries, every link intact");
        assertThat(finding(report, "custodyWithheld").level()).isEqualTo(Finding.Level.NOTE);
        assertThat(finding(report, "custodyWithheld").detail().toString()).contains("2 of 6 entries", "1 of them, written before");
        assertThat(finding(report, "checkpoint").failed()).isFalse();
    }

    @Test
    void eachTamperingWithTheRedactedCustodyLogIsNamed() throws IOException {
        // Lines: 1 and 2 of format 1 (2 withheld), 3 P-001, 4 withheld, 5 P-002, 6 P-003.
        Map<String, UnaryOperator<List<String>>> tamperings = new LinkedHashMap<>();
        tamperings.put("the details of entry 3 do not match its commitment",
                lines -> change(lines, 2, line -> line.replace("\"exhibit\":\"P-001\"", "\"exhibit\":\"P-004\"")));
        tamperings.put("the details of entry 5 do not match its commitment",
                lines -> change(lines, 4, line -> flipHexAfter(line, "\"salt\":\"")));
        tamperings.put("entry 4 was changed after it was written",
                lines -> change(lines, 3, line -> flipHexAfter(line, "\"commitment\":\"")));
        tamperings.put("entry 4 is missing (found 5 next)", lines -> {
            lines.remove(3);
            return lines;
        });
        tamperings.put("entry 5 is out of order (it comes after entry 6)", lines -> {
            Collections.swap(lines, 4, 5);
            return lines;
        });
        for (Map.Entry<String, UnaryOperator<List<String>>> tampering : tamperings.entrySet()) {
            Path changed = Archives.change(copy(), BundleLayout.CUSTODY_LOG, log -> (String.join("\n", tampering.getValue()
                    .apply(new ArrayList<>(new String(log, StandardCharsets.UTF_8).lines().toList()))) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            BundleReport report = verifier.verify(changed, Optional.empty());

            assertThat(finding(report, "custodyChain").failed()).as(tampering.getKey()).isTrue();
            assertThat(finding(report, "custodyChain").detail().toString()).as(tampering.getKey()).contains(tampering.getKey());
            Files.delete(changed);
            Files.delete(directory.resolve("copy.asice"));
        }
    }

    private static List<String> change(List<String> lines, int index, UnaryOperator<String> change) {
        String changed = change.apply(lines.get(index));
        assertThat(changed).as("the change applies").isNotEqualTo(lines.get(index));
        lines.set(index, changed);
        return lines;
    }

    /** The line with the first hex digit after {@code key} replaced by another. */
    private static String flipHexAfter(String line, String key) {
        int at = line.indexOf(key) + key.length();
        return line.substring(0, at) + (line.charAt(at) == '0' ? '1' : '0') + line.substring(at + 1);
    }

    @Test
    void theRightTrustedRootPassesAndAnUnknownOneIsNamed() {
        BundleReport trusted = verifier.verify(bundle, Optional.of(TestKeys.SHARED.rootCertificate()));
        assertThat(trusted.passed()).isTrue();
        assertThat(finding(trusted, "root").level()).isEqualTo(Finding.Level.PASS);

        BundleReport other = verifier.verify(bundle, Optional.of(TestKeys.another().rootCertificate()));
        assertThat(other.passed()).isFalse();
        assertThat(finding(other, "root").detail().toString()).contains("signed under an unknown root", "CN=Evidence Desk Root CA");
        assertThat(finding(other, "signature").failed()).isTrue();
        assertThat(other.items()).allSatisfy(item -> assertThat(item.tokenValid()).isFalse());
    }

    /**
     * A bundle signed with a court's own certificate: its signatures pass against the court's root, given beside ours (the
     * tokens' root) or, self-declared, as the bundle carries it; our root alone does not make the court's signer trusted.
     */
    @Test
    void aCourtSignedBundlePassesWithTheCourtsRootAndNotWithOursAlone() throws Exception {
        TestCourtCa court = new TestCourtCa();
        Path signed = BundleFixture.courtSigned(court).bundleFile(directory);

        BundleReport trusted = verifier.verify(signed, Optional.of(TestKeys.SHARED.rootCertificate()), Set.of(court.root()));
        assertThat(failures(trusted)).isEmpty();
        assertThat(finding(trusted, "root").level()).isEqualTo(Finding.Level.PASS);
        assertThat(finding(trusted, "courtRoot").detail().toString()).contains("CN=Beijing IP Court Root CA", "CN=Evidence Desk Root CA");
        assertThat(trusted.items()).hasSize(3).allSatisfy(item -> assertThat(item.tokenValid()).isTrue());

        BundleReport selfDeclared = verifier.verify(signed, Optional.empty());
        assertThat(failures(selfDeclared)).isEmpty();

        BundleReport oursAlone = verifier.verify(signed, Optional.of(TestKeys.SHARED.rootCertificate()));
        assertThat(oursAlone.passed()).isFalse();
        assertThat(finding(oursAlone, "signature").failed()).isTrue();
        assertThat(finding(oursAlone, "root").detail().toString()).contains("signed under an unknown root");
    }

    @Test
    void oneChangedByteOfAnEvidenceFileFailsThatItemAndNamesIt() throws IOException {
        String name = "P-002 - 店铺页面 _ 截图_ _quoted_ $HOME `x`.pdf";
        BundleReport report = verifier.verify(Archives.change(copy(), name, Archives::flipOneByte), Optional.empty());

        assertThat(report.passed()).isFalse();
        assertThat(finding(report, "changed").detail().toString()).contains(name);
        ItemReport item = report.items().get(1);
        assertThat(item.hashMatches()).isFalse();
        assertThat(item.tokenValid()).isFalse();
        assertThat(item.receiptValid()).isFalse();
        assertThat(report.items().get(0).passed()).isTrue();
        assertThat(finding(report, "signature").failed()).isFalse();
    }

    @Test
    void anUnreadableSignatureIsNotBlamedOnTheRoot() throws IOException {
        Path broken = Archives.change(copy(), BundleLayout.SIGNATURE, bytes -> java.util.Arrays.copyOf(bytes, 40));
        BundleReport report = verifier.verify(broken, Optional.of(TestKeys.SHARED.rootCertificate()));
        assertThat(finding(report, "signature").detail().toString()).contains("not a CMS SignedData");
        assertThat(finding(report, "root").detail().toString()).contains("signature could not be read").doesNotContain("unknown root");
    }

    @Test
    void oneChangedByteOfTheManifestBreaksTheSignature() throws IOException {
        BundleReport report = verifier.verify(Archives.change(copy(), BundleLayout.ASIC_MANIFEST, Archives::flipOneByte),
                Optional.empty());
        assertThat(report.passed()).isFalse();
        assertThat(finding(report, "signature").failed()).isTrue();
        assertThat(finding(report, "signature").detail().toString()).contains("content has changed");
    }

    @Test
    void oneChangedByteOfAnyOtherPartIsFound() throws IOException {
        for (String part : List.of(BundleLayout.MANIFEST_JSON, BundleLayout.token("P-001"), BundleLayout.receipt("P-003"),
                BundleLayout.CUSTODY_LOG, BundleLayout.CHECKPOINT, BundleLayout.VERIFY_TXT, BundleLayout.SIGNATURE)) {
            Path changed = Archives.change(copy(), part, Archives::flipOneByte);
            BundleReport report = verifier.verify(changed, Optional.empty());
            assertThat(report.passed()).as(part).isFalse();
            Files.delete(changed);
            Files.delete(directory.resolve("copy.asice"));
        }
    }

    @Test
    void addedAndMissingFilesAreNamed() throws IOException {
        Map<String, byte[]> entries = Archives.entries(bundle);
        entries.remove(BundleLayout.token("P-001"));
        entries.put("extra.txt", "slipped in".getBytes(StandardCharsets.UTF_8));
        BundleReport report = verifier.verify(Archives.write(directory.resolve("edited.asice"), entries), Optional.empty());

        assertThat(finding(report, "added").detail().toString()).contains("extra.txt");
        assertThat(finding(report, "missing").detail().toString()).contains("items/P-001.tsr");
        assertThat(report.items().get(0).tokenValid()).isFalse();
    }

    @Test
    void aBundleSignedUnderExpiredCertificatesIsReported() throws IOException {
        BundleFixture past = new BundleFixture(TestKeys.expired(),
                BundleFixture.fixed(java.time.Instant.now().minus(java.time.Duration.ofDays(5 * 366))));
        past.item("P-001", "Old", "old.txt", "old".getBytes(StandardCharsets.UTF_8));
        Path expired = Files.move(past.bundleFile(directory), directory.resolve("expired.asice"));
        BundleReport report = verifier.verify(expired, Optional.empty());

        assertThat(report.passed()).isFalse();
        assertThat(finding(report, "signature").detail().toString()).containsIgnoringCase("no valid chain");
        assertThat(finding(report, "certificates").detail().toString()).contains("certificates/signer.pem expired on", "certificates/root.pem expired on");
    }

    @Test
    void notAZipAnEmptyFileAndATruncatedArchiveAreReportedNotThrown() throws IOException {
        Path text = Files.writeString(directory.resolve("notes.asice"), "just some text, not a zip");
        Path empty = Files.write(directory.resolve("empty.asice"), new byte[0]);
        byte[] whole = Files.readAllBytes(bundle);
        Path truncated = Files.write(directory.resolve("cut.asice"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(finding(verifier.verify(text, Optional.empty()), "archive").detail().toString()).contains("not a zip archive");
        assertThat(finding(verifier.verify(empty, Optional.empty()), "archive").detail().toString()).contains("empty (0 bytes)");
        BundleReport cut = verifier.verify(truncated, Optional.empty());
        assertThat(cut.passed()).isFalse();
        assertThat(finding(cut, "archive").detail().toString()).contains("not a zip archive, or a truncated one");
    }

    @Test
    void duplicateEntriesClimbingAndAbsoluteNamesAreRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(Archives.entries(bundle));
        entries.put("zz/escape.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("/etc/passwd", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("VERIFY.tx2", "a second VERIFY.txt".getBytes(StandardCharsets.UTF_8));
        byte[] archive = Files.readAllBytes(Archives.write(directory.resolve("raw.zip"), entries));
        archive = Archives.rename(Archives.rename(archive, "zz/escape.txt", "../escape.txt"), "VERIFY.tx2", "VERIFY.txt");
        BundleReport report = verifier.verify(Files.write(directory.resolve("hostile.asice"), archive), Optional.empty());

        assertThat(report.passed()).isFalse();
        assertThat(failures(report)).extracting(finding -> finding.detail().toString()).anySatisfy(d -> assertThat(d).contains("../escape.txt", "climbs out"))
                .anySatisfy(d -> assertThat(d).contains("/etc/passwd", "absolute path"))
                .anySatisfy(d -> assertThat(d).contains("two entries named \"VERIFY.txt\""));
    }

    @Test
    void aZipBombIsStoppedEarly() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(Archives.entries(bundle));
        entries.put(BundleLayout.MANIFEST_JSON, new byte[200 * 1024 * 1024]);
        Path bomb = Archives.write(directory.resolve("bomb.asice"), entries);
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);

        BundleReport report = verifier.verify(bomb, Optional.empty());
        assertThat(report.passed()).isFalse();
        assertThat(failures(report)).extracting(finding -> finding.detail().toString()).anySatisfy(d -> assertThat(d).contains("zip bomb"));
    }

    @Test
    void aSingleFileWithItsTokenOrSignatureIsVerified() throws IOException {
        BundleFixture fixture = BundleFixture.standard();
        BundleItem item = fixture.items.get(0);
        Path file = Files.write(directory.resolve("listing.png"), fixture.store.get(item.sha256()));
        Path token = Files.write(directory.resolve("P-001.tsr"), item.token().read());
        Path receipt = Files.write(directory.resolve("receipt.json"), item.receipt().read());
        Path signature = Files.write(directory.resolve("receipt.json.p7s"), item.receiptSignature().read());

        assertThat(verifier.verifyFile("listing.png", file, "P-001.tsr", token, TestKeys.SHARED.rootCertificate()).passed()).isTrue();
        assertThat(verifier.verifyFile("receipt.json", receipt, "receipt.json.p7s", signature, TestKeys.SHARED.rootCertificate())
                .passed()).isTrue();
        Files.write(file, Archives.flipOneByte(Files.readAllBytes(file)));
        BundleReport changed = verifier.verifyFile("listing.png", file, "P-001.tsr", token, TestKeys.SHARED.rootCertificate());
        assertThat(changed.passed()).isFalse();
        assertThat(finding(changed, "token").detail().toString()).contains("different digest");
    }

    @Test
    void aPublicTokenFromTsaPresentedAsAnItemsTokenFailsThatItem() throws IOException {
        Path mixed = new BundleFixture()
                .item("P-001", "Screenshot of the listing", "listing.png", "PNG listing bytes".getBytes(StandardCharsets.UTF_8))
                .item("P-002", "Stamped by anyone at /tsa", "elsewhere.png", "bytes never received".getBytes(StandardCharsets.UTF_8),
                        publicAuthority())
                .bundleFile(directory);

        BundleReport report = verifier.verify(mixed, Optional.of(TestKeys.SHARED.rootCertificate()));

        assertThat(report.passed()).isFalse();
        ItemReport item = report.items().get(1);
        assertThat(item.tokenValid()).isFalse();
        assertThat(item.problems()).anySatisfy(problem -> assertThat(problem.toString()).contains("a public time-stamp, not an evidence receipt"));
        assertThat(report.items().get(0).passed()).isTrue();
        assertThat(finding(report, "signature").failed()).isFalse();
    }

    @Test
    void aFileWithAPublicTokenFromTsaFailsTheTokenCheck() throws IOException {
        byte[] content = "stamped by anyone at /tsa".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(directory.resolve("elsewhere.png"), content);
        Path token = Files.write(directory.resolve("elsewhere.tsr"), publicAuthority().stamp(BundleFixture.sha256(content)).encoded());

        BundleReport report = verifier.verifyFile("elsewhere.png", file, "elsewhere.tsr", token, TestKeys.SHARED.rootCertificate());

        assertThat(report.passed()).isFalse();
        assertThat(finding(report, "token").detail().toString()).contains("a public time-stamp, not an evidence receipt");
    }

    private static BouncyCastleTimestampAuthority publicAuthority() {
        return new BouncyCastleTimestampAuthority(TestKeys.SHARED.publicTimestamping(), TestKeys.counter(), Clock.systemUTC(),
                TimestampPolicy.PUBLIC);
    }
}
