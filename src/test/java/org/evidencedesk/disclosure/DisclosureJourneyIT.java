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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reduced burden-of-proof story in a real browser, on the demo trade-secret case: claimant counsel
 * applies for an order to produce evidence with linked preliminary evidence; the judge may not review it before hearing
 * the other side, so invites its opinion by a day (CE art. 46); respondent counsel, in Chinese, gives it and says the
 * material holds its trade secrets; the judge grants it, the applicant bearing the cost (CPLI art. 112), with a seven-day
 * deadline and counsel-only, view-only protection; respondent counsel produces a file into the order;
 * claimant counsel accepts the undertaking and sees the file's page as a watermarked image but cannot
 * download it. Then the demo request whose deadline lapsed (the lapse timer referred it at start-up): the
 * judge applies the presumption, and the burden ledger shows it. Claimant counsel challenges the blank production
 * (made unusable); respondent counsel sees the challenge, in Chinese; the judge is told what the law lets it find.
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

        // CE art. 46 para. 1: the court hears the other side before it reviews the application.
        LocalDate opinionDue = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        try (Browser judge = new Browser(SharedServer.baseUrl(), "en-US")) {
            judge.login("judge", PASSWORD);
            judge.driver().get(requestUrl);
            judge.clickAndWait(By.id("simple-steps:openReview"));
            assertThat(judge.text()).contains("The court has not yet heard the other party");
            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Filed");
            judge.type(By.id("invite:opinionDueOn"), opinionDue.toString());
            judge.clickAndWait(By.id("invite:submit"));
            assertThat(judge.find(By.id("opinion-due")).getText()).contains("invited by judge");
            String setDay = judge.find(By.id("opinion-due")).getText().substring(0, 10);
            assertThat(LocalDate.parse(setDay)).isAfterOrEqualTo(opinionDue);
            judge.clickAndWait(By.id("simple-steps:openReview"));
            assertThat(judge.text()).contains("may give its opinion until the end of " + setDay);
            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Filed");
        }

        try (Browser defence = new Browser(SharedServer.baseUrl(), "zh-CN")) {
            defence.login("defence", PASSWORD);
            assertThat(defence.find(By.id("notice-list")).getText()).contains("法院通知您在").contains("发表意见");
            defence.driver().get(requestUrl);
            assertThat(defence.find(By.id("opinion-due")).getText()).contains("由 judge");
            defence.type(By.id("opinion-form:text"), "该配置是我方的商业秘密，且与本案无关。");
            defence.find(By.id("opinion-form:saysTradeSecrets")).click();
            defence.clickAndWait(By.id("opinion-form:submit"));
            assertThat(defence.find(By.id("request-status")).getText()).isEqualTo("审查中");
            assertThat(defence.find(By.id("trade-secrets")).getText()).contains("被责令方称涉及", "本案为商业秘密案件");
        }

        try (Browser judge = new Browser(SharedServer.baseUrl(), "en-US")) {
            judge.login("judge", PASSWORD);
            judge.driver().get(requestUrl);
            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Under review");
            // CPLI art. 112 para. 2: no choice of who bears the cost; IPE art. 26: the order needs a measure or a finding.
            assertThat(judge.driver().findElements(By.id("grant:costBearer"))).isEmpty();
            assertThat(judge.find(By.id("grant-costs")).getText()).contains("Claimant", "CPLI art. 112");
            assertThat(judge.find(By.id("trade-secret-hint")).getText()).contains("IPE art. 26");
            LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7);
            judge.type(By.id("grant:dueOn"), due.toString());
            judge.find(By.id("grant:viewOnly")).click();
            judge.find(By.xpath("//label[normalize-space(.)='Zhang Wei (Claimant counsel)']")).click();
            judge.type(By.id("grant:reasons"), "The configuration is controlled by the respondent and material (IPE art. 24).");
            judge.clickAndWait(By.id("grant:submit"));

            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Granted");
            assertThat(judge.find(By.id("cost-bearer")).getText()).contains("Claimant", "the applicant, by law");
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

            // The page is blank: counsel challenges the production (IPE art. 25 para. 1), and it goes to the judge.
            counsel.driver().get(requestUrl);
            new Select(counsel.find(By.id("challenge-form:ground"))).selectByVisibleText("made the evidence unusable");
            counsel.type(By.id("challenge-form:reasons"), "The file produced is a blank page: no configuration can be read from it.");
            counsel.clickAndWait(By.id("challenge-form:submit"));
            assertThat(counsel.find(By.id("request-status")).getText()).startsWith("For the judge");
        }

        try (Browser defence = new Browser(SharedServer.baseUrl(), "zh-CN")) {
            defence.login("defence", PASSWORD);
            defence.driver().get(requestUrl);
            assertThat(defence.find(By.id("non-compliance-ground")).getText()).isEqualTo("实施其他致使证据不能使用的行为");
            assertThat(defence.find(By.id("challenge")).getText()).contains("blank page");
        }

        try (Browser judge = new Browser(SharedServer.baseUrl(), "en-US")) {
            judge.login("judge", PASSWORD);
            judge.driver().get(requestUrl);
            // The request rests on CE arts. 45-48 (the first rule offered): evidence made unusable reaches the fact itself.
            assertThat(judge.find(By.id("request-rule")).getText()).contains("ce-45-48");
            assertThat(judge.find(By.id("finding-hint")).getText())
                    .contains("CE art. 48 para. 2", "the fact the applicant asserts it would prove may be found true");
        }
    }

    @Test
    void theJudgeAppliesThePresumptionOnALapsedOrderAndTheLedgerShowsIt() throws Exception {
        try (Browser judge = new Browser(SharedServer.baseUrl(), "en-US")) {
            judge.login("judge", PASSWORD);
            assertThat(judge.find(By.id("for-judge-list")).getText()).as("the demo request whose opinion the clerk invited")
                    .contains("Opinion due by");
            judge.clickAndWait(By.xpath("//ul[@id='for-judge-list']//li[contains(., 'presumption')]//a"));
            assertThat(judge.find(By.id("outcome")).getText()).contains("Deadline lapsed");
            assertThat(judge.find(By.id("finding-hint")).getText()).contains("IPE art. 25 para. 1");
            judge.type(By.id("finding:reasons"), "The respondent let the deadline pass without producing or explaining.");
            judge.clickAndWait(By.id("finding:apply"));
            assertThat(judge.find(By.id("request-status")).getText()).isEqualTo("Presumption applied");

            judge.clickAndWait(By.id("case-link"));
            judge.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Disclosure')]")).click();
            judge.clickAndWait(By.id("tabs:open-ledger"));
            assertThat(judge.find(By.cssSelector(".ed-presumption")).getText())
                    .contains("Recorded finding: the applicant’s assertion is presumed to stand");
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
