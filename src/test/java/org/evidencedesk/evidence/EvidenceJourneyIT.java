package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: counsel uploads two files with their descriptions, opens the first item, and the
 * receipt and timestamp downloaded from it verify with openssl, and stop verifying after one changed byte.
 */
@ExtendWith(SharedServer.class)
class EvidenceJourneyIT {

    private static final String PASSWORD = "Demo-Evidence-2026";

    @TempDir
    Path temp;

    @Test
    void counselUploadsTwoFilesAndTheReceiptVerifiesWithOpenssl() throws Exception {
        Path screenshot = Files.write(temp.resolve("ranking-page.png"), "PNG screenshot of the ranking page".repeat(5000).getBytes(StandardCharsets.UTF_8));
        Path log = Files.writeString(temp.resolve("crawler-log.txt"), "2026-03-02T09:00 GET /search?q=phone -> rank list\n");

        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            counsel.clickAndWait(By.linkText("Cases"));
            counsel.clickAndWait(By.partialLinkText("(20"));
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            counsel.clickAndWait(By.id("tabs:submit-evidence"));

            watchProgressBars(counsel);
            counsel.driver().findElement(By.cssSelector("input[type='file']"))
                    .sendKeys(screenshot.toString() + "\n" + log.toString());
            new WebDriverWait(counsel.driver(), java.time.Duration.ofSeconds(60)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ed-pending"), 2));
            assertThat(progressSeen(counsel)).as("highest value each file's progress bar showed")
                    .containsEntry("ranking-page.png", 100L).containsEntry("crawler-log.txt", 100L);
            for (int row = 0; row < 2; row++) {
                counsel.type(By.id("describe:items:" + row + ":fact"), "The respondent's ranking copies ours (item " + row + ").");
                counsel.type(By.id("describe:items:" + row + ":source"), "https://shop.example/search?q=phone");
                counsel.type(By.id("describe:items:" + row + ":tool"), "Chromium 156, evidence crawler 2.1");
            }
            counsel.clickAndWait(By.id("describe:submit"));
            assertThat(counsel.text()).contains("Received: ranking-page", "Received: crawler-log");
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            // The demo case may already hold the claimant's exhibits: find this upload's by its title.
            String exhibit = counsel.find(By.xpath("//tr[td[contains(., 'ranking-page')]]//a")).getText();
            String itemLink = counsel.find(By.xpath("//tr[td[contains(., 'ranking-page')]]//a")).getAttribute("href");
            counsel.driver().get(itemLink);

            assertThat(counsel.find(By.id("sha256")).getText()).isEqualTo(sha256(screenshot));
            assertThat(counsel.text()).contains(exhibit, "ranking-page", "Timestamp");
            long id = Long.parseLong(itemLink.replaceAll(".*id=(\\d+).*", "$1"));
            Path receipt = Files.write(temp.resolve("receipt.json"), counsel.fetch("evidence/download/receipt.json/" + id));
            Path signature = Files.write(temp.resolve("receipt.p7s"), counsel.fetch("evidence/download/receipt.p7s/" + id));
            Path token = Files.write(temp.resolve("token.tsr"), counsel.fetch("evidence/download/token.tsr/" + id));
            Path root = Files.write(temp.resolve("root.pem"), counsel.fetch("root-ca.pem"));
            Path content = Files.write(temp.resolve("content.bin"), counsel.fetch("evidence/download/content/" + id));

            assertThat(content).hasSameBinaryContentAs(screenshot);
            assertThat(Files.readString(receipt)).contains("\"exhibit\":\"" + exhibit + "\"", "\"sha256\":\"" + sha256(screenshot) + "\"");
            assertThat(openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(), "-content",
                    receipt.toString(), "-CAfile", root.toString(), "-purpose", "any", "-out", "/dev/null")).isZero();
            assertThat(openssl("ts", "-verify", "-token_in", "-in", token.toString(), "-data", screenshot.toString(),
                    "-CAfile", root.toString())).isZero();

            Files.writeString(receipt, Files.readString(receipt).replace(exhibit, "P-999"));
            assertThat(openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(), "-content",
                    receipt.toString(), "-CAfile", root.toString(), "-purpose", "any", "-out", "/dev/null")).isNotZero();
            byte[] changed = Files.readAllBytes(screenshot);
            changed[10] ^= 1;
            Files.write(screenshot, changed);
            assertThat(openssl("ts", "-verify", "-token_in", "-in", token.toString(), "-data", screenshot.toString(),
                    "-CAfile", root.toString())).isNotZero();
        }
    }

    /**
     * The item page's printed commands, followed to the letter: every file the page offers is downloaded by the
     * browser under the name the server gives it, and each command the page prints is run exactly as shown (bash, in
     * the download folder), saying what openssl says on success; a name with spaces, Chinese and a quote included.
     */
    @Test
    void everyCommandTheItemPagePrintsWorksOnTheFilesItOffers() throws Exception {
        Path policy = Files.writeString(temp.resolve("policy v2 'draft' 保密.txt"), "第一条 双方对本协议内容保密。\n");
        Path downloads = Files.createDirectory(temp.resolve("downloads"));
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US", downloads)) {
            counsel.login("counsel", PASSWORD);
            counsel.clickAndWait(By.linkText("Cases"));
            counsel.clickAndWait(By.partialLinkText("(20"));
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            counsel.clickAndWait(By.id("tabs:submit-evidence"));
            counsel.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(policy.toString());
            new WebDriverWait(counsel.driver(), java.time.Duration.ofSeconds(60)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ed-pending"), 1));
            counsel.type(By.id("describe:items:0:fact"), "The respondent agreed to keep the terms confidential.");
            counsel.clickAndWait(By.id("describe:submit"));
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            counsel.driver().get(counsel.find(By.xpath("//tr[td[contains(., 'policy v2')]]//a")).getAttribute("href"));

            List<org.openqa.selenium.WebElement> links = counsel.driver().findElements(By.cssSelector("#downloads a"));
            assertThat(links).hasSize(5);
            for (org.openqa.selenium.WebElement link : links) {
                link.click();
            }
            new WebDriverWait(counsel.driver(), java.time.Duration.ofSeconds(60)).until(driver -> savedFiles(downloads).size() == 5);
            String commands = counsel.find(By.id("verify-commands")).getText();
            String sha256 = counsel.find(By.id("sha256")).getText();

            List<String> named = counsel.driver().findElements(By.cssSelector("#downloads .ed-hash")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            assertThat(savedFiles(downloads)).as("the names the page gives").containsExactlyInAnyOrderElementsOf(named)
                    .anyMatch(name -> name.contains(" - policy v2 'draft' "));
            List<String> lines = commands.lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(bash(downloads, lines.get(0))).contains(sha256);
            assertThat(bash(downloads, lines.get(1))).contains("Verification: OK");
            assertThat(bash(downloads, lines.get(2))).contains("CMS Verification successful");
        }
    }

    /** The downloads finished so far (Chromium writes each under a temporary name first). */
    private static List<String> savedFiles(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.endsWith(".crdownload")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A command as a reader runs it: pasted into bash in the folder of the downloads; its output and exit status. */
    private static String bash(Path folder, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command + "\n" + output).isZero();
        return output;
    }

    /**
     * Records, per file name, the highest value its row's progress bar reaches. A row leaves the page as soon
     * as its upload is done (quicker than polling would notice on loopback), so the page itself keeps watch.
     */
    private static void watchProgressBars(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.edProgress = {};"
                        + "new MutationObserver(function () {"
                        + "  document.querySelectorAll('.ui-fileupload-row').forEach(function (row) {"
                        + "    var name = row.querySelector('.ui-fileupload-filename');"
                        + "    var bar = row.querySelector('.ui-fileupload-progress .ui-progressbar');"
                        + "    if (name && bar) {"
                        + "      var value = parseInt(bar.getAttribute('aria-valuenow'), 10);"
                        + "      window.edProgress[name.textContent] = Math.max(window.edProgress[name.textContent] || 0, value);"
                        + "    }"
                        + "  });"
                        + "}).observe(document.body, {subtree: true, childList: true, attributes: true,"
                        + "  attributeFilter: ['aria-valuenow']});");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> progressSeen(Browser browser) {
        return (Map<String, Long>) ((JavascriptExecutor) browser.driver()).executeScript("return window.edProgress;");
    }

    private int openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("openssl-" + arguments[0] + ".log").toFile()).start().waitFor();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
