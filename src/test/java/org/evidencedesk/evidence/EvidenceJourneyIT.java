package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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

            counsel.driver().findElement(By.cssSelector("input[type='file']"))
                    .sendKeys(screenshot.toString() + "\n" + log.toString());
            new WebDriverWait(counsel.driver(), java.time.Duration.ofSeconds(60)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ed-pending"), 2));
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
