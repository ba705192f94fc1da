package org.evidencedesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reduced burden-of-proof story in a real browser, on the demo trade-secret case: claimant counsel
 * applies for a disclosure order with linked preliminary evidence; the judge grants it with a seven-day
 * deadline and counsel-only, view-only protection; respondent counsel produces a file into the order;
 * claimant counsel accepts the undertaking and sees the file's page as a watermarked image but cannot
 * download it. Then the demo request whose deadline lapsed (the lapse timer referred it at start-up): the
 * judge applies the presumption, and the burden ledger shows it.
 */
@ExtendWith(SharedServer.class)
class DisclosureJourneyIT {

    private static final String PASSWORD = "Demo-Evidence-2026";

    @TempDir
    Path temp;

    @Test
    void aRequestIsFiledGrantedAndAnsweredWithProtectedEvidence() throws Exception {
        String requestUrl;
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            openTradeSecretCase(counsel);
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Disclosure')]")).click();
            counsel.clickAndWait(By.id("tabs:new-request"));
            counsel.type(By.id("application:sought"), "The training data pipeline configuration of Quickcart's ranker");
            counsel.type(By.id("application:fact"), "That Quickcart's ranker uses the claimant's training features");
            counsel.type(By.id("application:controlled"), "The configuration is kept in Quickcart's private repository");
            counsel.type(By.id("application:mustProduce"), "It is the only record of which features the ranker uses");
            counsel.find(By.xpath("//label[contains(., 'P-001')]")).click();
            counsel.clickAndWait(By.id("application:file"));

            assertThat(counsel.find(By.id("request-status")).getText()).isEqualTo("Filed");
            assertThat(counsel.find(By.id("preliminary-evidence")).getText()).contains("P-001");
            requestUrl = counsel.currentUrl();
        }

        try (Browser judge = new Browser(SharedServer.baseUrl(), "en-US")) {
            judge.login("judge", PASSWORD);
            judge.driver().get(requestUrl);
            judge.clickAndWait(By.id("simple-steps:openReview"));
            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Under review");
            LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7);
            judge.type(By.id("grant:dueOn"), due.toString());
            judge.find(By.id("grant:viewOnly")).click();
            judge.find(By.xpath("//label[normalize-space(.)='Zhang Wei (Claimant counsel)']")).click();
            judge.type(By.id("grant:reasons"), "The configuration is controlled by the respondent and material (IPE art. 24).");
            judge.clickAndWait(By.id("grant:submit"));

            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Granted");
            assertThat(judge.find(By.id("protection")).getText())
                    .contains("Confidentiality undertaking", "Named persons only: Zhang Wei (Claimant counsel)", "View only");
            assertThat(judge.find(By.id("rulings")).getText()).contains("Ruling ordering production of evidence");
            String pdfHref = judge.find(By.cssSelector("#rulings a")).getAttribute("href");
            byte[] pdf = judge.fetch(pdfHref.substring(SharedServer.baseUrl().length()));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            // CE art. 46 para. 3: a ruling, in the court's language (Chinese); the statute named, then the rule id; the
            // person by name (issue 12, points 14-15)
            assertThat(pdfText(pdf)).contains("责令提交证据裁定书", "裁定如下：",
                    "《最高人民法院关于民事诉讼证据的若干规定》（2019年修正）第四十五条至第四十八条", "（规则ce-45-48@1）",
                    "仅限指定人员：ZhangWei(Claimantcounsel)");
        }

        Path produced = Files.write(temp.resolve("pipeline-config.pdf"), minimalPdf());
        try (Browser defence = new Browser(SharedServer.baseUrl(), "en-US")) {
            defence.login("defence", PASSWORD);
            defence.driver().get(requestUrl);
            defence.clickAndWait(By.id("simple-steps:produce"));
            assertThat(defence.find(By.id("production-notice")).getText()).contains("producing evidence under the court’s order");
            defence.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(produced.toString());
            new WebDriverWait(defence.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ed-pending"), 1));
            defence.type(By.id("describe:items:0:fact"), "The ranker's feature configuration as ordered");
            defence.clickAndWait(By.id("describe:submit"));
            assertThat(defence.find(By.id("produced")).getText()).contains("pipeline-config");
            defence.clickAndWait(By.id("simple-steps:complete"));
            assertThat(defence.find(By.id("request-status")).getText()).isEqualTo("Produced");
        }

        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            counsel.driver().get(requestUrl);
            String itemUrl = counsel.find(By.cssSelector("#produced a")).getAttribute("href");
            long itemId = Long.parseLong(itemUrl.replaceAll(".*id=(\\d+).*", "$1"));
            counsel.driver().get(itemUrl);

            assertThat(counsel.find(By.id("undertaking-text")).getText()).contains("undertake to keep exhibit D-");
            assertThat(counsel.status("evidence/view/" + itemId + "/page/1")).as("nothing is shown before the undertaking").isEqualTo(403);
            counsel.find(By.cssSelector("[id='accept:agree'] .ui-chkbox-box")).click();
            counsel.clickAndWait(By.id("accept:submit"));

            assertThat(counsel.find(By.id("view-only")).getText()).contains("viewed only");
            assertThat(counsel.driver().findElements(By.id("download-content"))).isEmpty();
            assertThat(counsel.find(By.cssSelector("#pages img")).getAttribute("src")).endsWith("/evidence/view/" + itemId + "/page/1");
            byte[] page = counsel.fetch("evidence/view/" + itemId + "/page/1");
            assertThat(new String(page, 1, 3, StandardCharsets.US_ASCII)).as("a page image, never the PDF").isEqualTo("PNG");
            assertThat(counsel.status("evidence/view/" + itemId)).isEqualTo(404);
            assertThat(counsel.status("evidence/download/content/" + itemId)).isEqualTo(403);
        }
    }

    @Test
    void theJudgeAppliesThePresumptionOnALapsedOrderAndTheLedgerShowsIt() throws Exception {
        try (Browser judge = new Browser(SharedServer.baseUrl(), "en-US")) {
            judge.login("judge", PASSWORD);
            judge.clickAndWait(By.xpath("//ul[@id='for-judge-list']//li[contains(., 'presumption')]//a"));
            assertThat(judge.find(By.id("outcome")).getText()).contains("Deadline lapsed");
            judge.type(By.id("presumption:reasons"), "The respondent let the deadline pass without producing or explaining.");
            judge.clickAndWait(By.id("presumption:apply"));
            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Presumption applied");

            judge.clickAndWait(By.id("case-link"));
            judge.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Disclosure')]")).click();
            judge.clickAndWait(By.id("tabs:open-ledger"));
            assertThat(judge.find(By.cssSelector(".ed-presumption")).getText()).contains("Recorded finding: the presumption applies");
        }
    }

    private static void openTradeSecretCase(Browser browser) {
        browser.clickAndWait(By.linkText("Cases"));
        browser.clickAndWait(By.xpath("//tr[contains(., 'Lianxin')]//a"));
    }

    /** The PDF's text without white space, which line breaks put anywhere. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    /** A one-page PDF, enough for a browser to show. */
    private static byte[] minimalPdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
