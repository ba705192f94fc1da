package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidencedesk.bundle.BundleSamples;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.signing.TestCourtCa;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify command's exit codes and report; the same main class the jar runs. */
class VerifyCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) {
        return VerifyCommand.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path pem(java.security.cert.X509Certificate certificate, String name) throws Exception {
        return Files.writeString(directory.resolve(name), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n");
    }

    @Test
    void aGoodBundleExitsZeroAndSaysItsRootIsSelfDeclaredUnlessTrusted() throws Exception {
        Path bundle = BundleSamples.standard(directory);

        assertThat(run(bundle.toString())).isZero();
        assertThat(output()).contains("self-declared root, not independently trusted", "Every check passed.", "P-002");
        out.reset();
        assertThat(run(bundle.toString(), "--trust", pem(TestKeys.SHARED.rootCertificate(), "root.pem").toString())).isZero();
        assertThat(output()).contains("signed under the trusted root");
    }

    /** A bundle signed with a court's own certificate: zero with the court's root beside ours, one with ours alone. */
    @Test
    void aCourtSignedBundleNeedsTheCourtsRootBesideOurs() throws Exception {
        TestCourtCa court = new TestCourtCa();
        Path bundle = BundleSamples.courtSigned(directory, court);
        String root = pem(TestKeys.SHARED.rootCertificate(), "root.pem").toString();

        assertThat(run(bundle.toString(), "--trust", root, "--court-root", pem(court.root(), "court-root.pem").toString())).isZero();
        assertThat(output()).contains("signed under the trusted root", "signed with the court's own certificate", "Every check passed.");
        out.reset();
        assertThat(run(bundle.toString(), "--trust", root)).isEqualTo(1);
        assertThat(output()).contains("signed under an unknown root", "Verification FAILED");
        assertThat(run(bundle.toString(), "--trust", root, "--court-root",
                Files.writeString(directory.resolve("bad.pem"), "nope").toString())).isEqualTo(2);
    }

    @Test
    void anUnknownRootAChangedByteOrNotABundleExitOne() throws Exception {
        Path bundle = BundleSamples.standard(directory);

        assertThat(run(bundle.toString(), "--trust", pem(TestKeys.another().rootCertificate(), "other.pem").toString())).isEqualTo(1);
        assertThat(output()).contains("signed under an unknown root", "Verification FAILED");

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 3] ^= 1;
        out.reset();
        assertThat(run(Files.write(directory.resolve("changed.asice"), bytes).toString())).isEqualTo(1);
        assertThat(output()).contains("FAIL");

        out.reset();
        assertThat(run(Files.writeString(directory.resolve("text.asice"), "hello").toString())).isEqualTo(1);
        assertThat(output()).contains("not a zip archive");
    }

    @Test
    void theReportSaysEachSignaturesLongTermDataAndThatItIsFoundNotValidatedInBothLanguages() throws Exception {
        Path bundle = BundleSamples.standard(directory);

        assertThat(run(bundle.toString())).isZero();
        assertThat(output()).containsPattern("NOTE  Long-term data of the manifest signature: level reached CAdES-BASELINE-(T|LTA); "
                        + "signature time-stamp ")
                .containsPattern("NOTE  Long-term data of the checkpoint signature: level reached CAdES-BASELINE-(B|LTA)")
                .contains("      long-term data of the receipt: level reached CAdES-BASELINE-",
                        "For the full long-term validation use the EU DSS validator");
        out.reset();
        assertThat(run(bundle.toString(), "--lang", "zh")).isZero();
        assertThat(output()).containsPattern("清单签名的长期验证数据: 达到的级别 CAdES-BASELINE-(T|LTA)；签名时间戳 ").contains("欧盟 DSS 验证器")
                .doesNotContain("level reached", "EU DSS validator");
    }

    @Test
    void withJsonTheSameReportIsOneJsonObjectWithEachPhraseBehindItsWords() throws Exception {
        Path bundle = BundleSamples.standard(directory);

        assertThat(run(bundle.toString(), "--json")).isZero();
        java.util.Map<String, Object> json = JsonText.object(output().strip());
        assertThat(json.get("passed")).isEqualTo(true);
        assertThat(json.get("longTermNote")).asString().contains("EU DSS validator");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> findings = (List<java.util.Map<String, Object>>) json.get("findings");
        java.util.Map<String, Object> longTerm = findings.stream().filter(f -> "signatureLongTerm".equals(f.get("check"))).findFirst()
                .orElseThrow();
        assertThat(longTerm.get("level")).isEqualTo("NOTE");
        assertThat(longTerm.get("text")).asString().startsWith("level reached CAdES-BASELINE-");
        assertThat(longTerm.get("phrase").toString()).contains("verify.finding.levelReached", "CAdES-BASELINE-");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> items = (List<java.util.Map<String, Object>>) json.get("items");
        assertThat(items).hasSize(3).allSatisfy(item -> assertThat(item.get("receiptLongTerm")).asString().startsWith("level reached"));

        out.reset();
        assertThat(run(bundle.toString(), "--json", "--lang", "zh")).isZero();
        assertThat(JsonText.object(output().strip()).get("longTermNote")).asString().contains("欧盟 DSS 验证器");
    }

    @Test
    void wrongUseExitsTwo() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--trust")).isEqualTo(2);
        assertThat(run(directory.resolve("absent.asice").toString())).isEqualTo(2);
        Path bundle = Files.writeString(directory.resolve("x.asice"), "x");
        assertThat(run(bundle.toString(), "--trust", Files.writeString(directory.resolve("bad.pem"), "nope").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:", "No such file", "Cannot read the trusted root");
    }

    @Test
    void theReportSpeaksChineseOnRequest() throws Exception {
        assertThat(run(BundleSamples.standard(directory).toString(), "--lang", "zh")).isZero();
        assertThat(output()).contains("全部校验通过", "证据包自带的根证书，未经独立确认", "已签名清单所列", "每个链接完好")
                .doesNotContain("self-declared", "files the signed manifest lists", "PASS");
    }

    @Test
    void aChangedFileIsReportedInChinese() throws Exception {
        assertThat(run(BundleSamples.withChangedEvidence(directory).toString(), "--lang", "zh-CN")).isEqualTo(1);
        assertThat(output()).contains("签名后被改动（SHA-256 不符）：P-001 - ", "其 SHA-256 为", "而非已签名清单记载的", "失败")
                .doesNotContain("changed since signing", "not the", "FAIL");
        assertThat(VerifyCommand.language("zh_CN")).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(VerifyCommand.language("en")).isEqualTo(java.util.Locale.ENGLISH);
    }

    @Test
    void theCommandSharesThePagesCapsAndLetsItsUserSetThem() throws Exception {
        Path bundle = BundleSamples.standard(directory);

        assertThat(run(bundle.toString(), "--max-log-lines", "2")).isEqualTo(1);
        assertThat(output()).contains("more than 2 lines");
        out.reset();
        assertThat(run(bundle.toString(), "--max-entries", "3")).isEqualTo(1);
        assertThat(output()).contains("a bundle holds at most 3");
        out.reset();
        assertThat(run(bundle.toString(), "--max-entries", "100000", "--max-items", "100000", "--max-log-lines", "1000000")).isZero();
        assertThat(run(bundle.toString(), "--max-entries", "0")).isEqualTo(2);
        assertThat(run(bundle.toString(), "--max-anything", "5")).isEqualTo(2);
    }

    @Test
    void aChangedManifestABrokenChainAndAnUntrustedSignerAreReportedInChineseWithNoEnglishReason() throws Exception {
        Path manifest = BundleSamples.withChangedManifest(Files.createDirectory(directory.resolve("manifest")));
        assertThat(run(manifest.toString(), "--lang", "zh")).isEqualTo(1);
        assertThat(output()).contains("内容已被改动：其 SHA-256 摘要与所签摘要不符").doesNotContain("the content has changed");
        assertNoEnglishReason(output());

        out.reset();
        Path chain = BundleSamples.withBrokenChain(Files.createDirectory(directory.resolve("chain")));
        assertThat(run(chain.toString(), "--lang", "zh")).isEqualTo(1);
        assertThat(output()).contains("缺少第 4 条记录（其后出现的是第 5 条）", "第 5 条记录未链接到其前一条记录")
                .doesNotContain("is missing (found", "does not link to the entry before it");
        assertNoEnglishReason(output());

        out.reset();
        Path bundle = BundleSamples.standard(Files.createDirectory(directory.resolve("untrusted")));
        assertThat(run(bundle.toString(), "--lang", "zh", "--trust", pem(TestKeys.another().rootCertificate(), "other.pem").toString()))
                .isEqualTo(1);
        assertThat(output()).contains("从 CN=Evidence Desk Signing", "没有有效的证书链").doesNotContain("no valid chain from");
        assertNoEnglishReason(output());
    }

    /**
     * No English sentence of the verifier, the signing checks, the custody chain check or the ASiC manifest is in the
     * text: each pattern's fixed words between its arguments, where they are words at all, are absent.
     */
    private static void assertNoEnglishReason(String text) {
        ResourceBundle english = Phrase.messages(Locale.ENGLISH);
        List<String> checked = Collections.list(english.getKeys()).stream()
                .filter(key -> key.startsWith("verify.finding.") || key.startsWith("signing.problem.")
                        || key.startsWith("custody.problem.") || key.startsWith("bundle.manifest."))
                .toList();
        assertThat(checked).hasSizeGreaterThan(100);
        for (String key : checked) {
            for (String words : english.getString(key).replace("''", "'").split("\\{\\d+}")) {
                if (words.strip().matches(".*[a-z]{3,} [a-z]{2,}.*")) {
                    assertThat(text).as(key).doesNotContain(words.strip());
                }
            }
        }
    }
}
