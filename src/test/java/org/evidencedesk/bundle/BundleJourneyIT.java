package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: counsel submits an item, exports the case's bundle, downloads it, and a visitor who is not
 * logged in uploads it to the verification page and sees every check pass, then one file with its token, then
 * a file that is no zip and an empty one, each reported, with no temporary folder left behind; the verify
 * command built by the same build agrees (exit 0), and says no (exit 1) once one byte is changed. With the page in
 * Chinese, the findings are in Chinese, a changed file's failure too.
 */
@ExtendWith(SharedServer.class)
class BundleJourneyIT {

    private static final String PASSWORD = "Demo-Evidence-2026";

    @TempDir
    Path temp;

    @Test
    void counselExportsABundleAndAnyoneVerifiesIt() throws Exception {
        Path evidence = Files.writeString(temp.resolve("price-list.txt"), "Listed price 99.00 on 2026-03-02\n".repeat(200));
        Path bundle;
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            counsel.clickAndWait(By.linkText("Cases"));
            counsel.clickAndWait(By.partialLinkText("(20"));
            long caseId = Long.parseLong(counsel.currentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            counsel.clickAndWait(By.id("tabs:submit-evidence"));
            counsel.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(evidence.toString());
            new WebDriverWait(counsel.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ed-pending"), 1));
            counsel.type(By.id("describe:items:0:fact"), "The respondent's price list copies ours.");
            counsel.clickAndWait(By.id("describe:submit"));

            counsel.open("cases/view.xhtml?id=" + caseId);
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            counsel.clickAndWait(By.id("tabs:export-bundle"));
            assertThat(counsel.text()).contains("Export a signed evidence bundle", "price-list", "Download the bundle");
            assertThat(counsel.driver().findElements(By.cssSelector("[id='choose:items'] input[type='checkbox']"))).isNotEmpty();

            Set<Path> spooledBefore = Set.copyOf(SharedServer.exportSpool());
            byte[] downloaded = counsel.submitOutside("export");
            bundle = Files.write(temp.resolve("case evidence.asice"), downloaded);
            Files.write(temp.resolve("root.pem"), counsel.fetch("root-ca.pem"));
            assertThat(new String(downloaded, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
            assertThat(spooledFilesGone(spooledBefore)).as("the export's spooled parts and custody log, once the bundle went out")
                    .isTrue();
        }

        try (Browser visitor = new Browser(SharedServer.baseUrl(), "en-US")) {
            visitor.open("verify.xhtml");
            visitor.driver().findElement(By.id("bundleForm:bundle")).sendKeys(bundle.toString());
            visitor.clickAndWait(By.id("bundleForm:verifyBundle"));

            assertThat(visitor.find(By.id("verdict")).getText()).isEqualTo("Every check passed.");
            List<WebElement> items = visitor.driver().findElements(By.cssSelector("#item-reports .ed-item-report"));
            assertThat(items).isNotEmpty().allSatisfy(row -> assertThat(row.getAttribute("class")).contains("ed-item-pass"));
            assertThat(visitor.driver().findElements(By.cssSelector("#findings .ed-fail"))).isEmpty();
            assertThat(visitor.text()).contains("signed under the trusted root", "price-list");
            // The long-term data of each signature, as notes, and the word that it is found, not validated.
            assertThat(visitor.text()).contains("Long-term data of the manifest signature", "level reached CAdES-BASELINE-",
                    "Long-term data of the checkpoint signature", "Evidence list (PDF)", "long-term data of the receipt:",
                    "For the full long-term validation use the EU DSS validator");
            assertThat(visitor.driver().findElements(By.cssSelector("#item-reports .ed-item-long-term"))).hasSameSizeAs(items);

            // One evidence file with its own token, taken out of the bundle.
            Map<String, byte[]> parts = Archives.entries(bundle);
            Map<String, Object> first = firstItem(parts);
            Path file = Files.write(temp.resolve("single-file.bin"), parts.get((String) first.get("file")));
            Path token = Files.write(temp.resolve("single.tsr"), parts.get((String) first.get("token")));
            visitor.open("verify.xhtml");
            visitor.driver().findElement(By.id("fileForm:file")).sendKeys(file.toString());
            visitor.driver().findElement(By.id("fileForm:proof")).sendKeys(token.toString());
            visitor.clickAndWait(By.id("fileForm:verifyFile"));
            assertThat(visitor.find(By.id("verdict")).getText()).isEqualTo("Every check passed.");

            // Bad input is reported on the page, and every upload's temporary folder is gone afterwards.
            Path notAZip = Files.writeString(temp.resolve("notes.asice"), "not a zip at all");
            Path empty = Files.write(temp.resolve("empty.asice"), new byte[0]);
            for (Path upload : List.of(notAZip, empty)) {
                visitor.open("verify.xhtml");
                visitor.driver().findElement(By.id("bundleForm:bundle")).sendKeys(upload.toString());
                visitor.clickAndWait(By.id("bundleForm:verifyBundle"));
                assertThat(visitor.find(By.id("verdict")).getText()).startsWith("Verification FAILED");
            }
            assertThat(visitor.text()).contains("empty (0 bytes)");
            assertThat(leftoverFolders()).isEmpty();
        }

        // The same page in Chinese: every finding in Chinese, and a changed file's failure too.
        try (Browser chinese = new Browser(SharedServer.baseUrl(), "zh-CN")) {
            chinese.open("verify.xhtml");
            chinese.driver().findElement(By.id("bundleForm:bundle")).sendKeys(bundle.toString());
            chinese.clickAndWait(By.id("bundleForm:verifyBundle"));
            assertThat(chinese.find(By.id("verdict")).getText()).isEqualTo("全部校验通过。");
            List<String> details = chinese.driver().findElements(By.cssSelector("#findings .ed-finding-detail")).stream()
                    .map(WebElement::getText).toList();
            assertThat(details).hasSizeGreaterThan(10).allSatisfy(detail -> assertThat(detail).containsPattern("\\p{IsHan}"));
            assertThat(chinese.text()).contains("在受信任的根证书", "已签名清单所列", "每个链接完好", "达到的级别 CAdES-BASELINE-", "欧盟 DSS 验证器")
                    .doesNotContain("signed under", "files the signed manifest lists", "every link intact");

            String file = (String) firstItem(Archives.entries(bundle)).get("file");
            Path changed = Archives.change(bundle, file, Archives::flipOneByte);
            chinese.open("verify.xhtml");
            chinese.driver().findElement(By.id("bundleForm:bundle")).sendKeys(changed.toString());
            chinese.clickAndWait(By.id("bundleForm:verifyBundle"));
            assertThat(chinese.find(By.id("verdict")).getText()).isEqualTo("验证未通过：请查看标为未通过的校验项。");
            assertThat(chinese.text()).contains("签名后被改动（SHA-256 不符）：" + file, "其 SHA-256 为")
                    .doesNotContain("changed since signing", "the signed manifest records");
        }

        assertThat(verifyCommand(bundle)).isZero();
        // The jar carries the message bundles: asked for Chinese, it reports in Chinese.
        assertThat(verifyCommand(bundle, "--lang", "zh")).isZero();
        assertThat(Files.readString(temp.resolve("verify-" + bundle.getFileName() + ".log"), StandardCharsets.UTF_8))
                .contains("全部校验通过", "在受信任的根证书", "达到的级别 CAdES-BASELINE-").doesNotContain("signed under", "level reached");
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        assertThat(verifyCommand(Files.write(temp.resolve("changed.asice"), bytes))).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstItem(Map<String, byte[]> parts) {
        Map<String, Object> manifest = org.evidencedesk.bundle.verify.JsonProbe.object(
                new String(parts.get(BundleLayout.MANIFEST_JSON), StandardCharsets.UTF_8));
        return ((List<Map<String, Object>>) manifest.get("items")).get(0);
    }

    /** The verification page's temporary folders still in the context's temporary directory, where they are made. */
    private static List<Path> leftoverFolders() throws IOException {
        Path contextTemporary = SharedServer.contextTemporaryDirectory();
        assertThat(contextTemporary).as("the context's temporary directory").isDirectory();
        try (Stream<Path> all = Files.list(contextTemporary)) {
            return all.filter(path -> path.getFileName().toString().startsWith("evidence-desk-verify-")).toList();
        }
    }

    /**
     * Whether the export's spooled files (its small parts, its custody log) are gone from the server's temporary
     * directory, waiting a little: they are removed as the last byte goes out, which can be just after the browser has
     * it. Files there before the export are another test's.
     */
    private static boolean spooledFilesGone(Set<Path> before) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (before.containsAll(SharedServer.exportSpool())) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** The jar {@code mvn package} built, run as a recipient would. */
    private int verifyCommand(Path bundle, String... options) throws Exception {
        Path jar = Path.of(System.getProperty("project.build.directory", "target"), "evidence-desk-verify.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), bundle.toString(), "--trust", temp.resolve("root.pem").toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("verify-" + bundle.getFileName() + ".log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
