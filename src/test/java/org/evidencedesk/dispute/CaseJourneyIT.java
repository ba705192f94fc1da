package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In a real browser: counsel files a case, the clerk accepts it, records service on the respondent (whose own answer
 * deadline appears) and sets the evidence period; counsel applies to extend it and the clerk grants the extension; both
 * dashboards show the deadlines, in English and in Chinese.
 */
@ExtendWith(SharedServer.class)
class CaseJourneyIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final String TITLE = "Journey v. Test: copied ranking model";

    @Test
    void counselFilesClerkAcceptsAndSetsEvidencePeriodDashboardsShowDeadlines() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // About twenty days, never before the end CE art. 51 and CPL art. 85 allow (fifteen days, off a rest day):
        // a holiday of more than five days after the fifteenth day (the Spring Festival, National Day) moves it on.
        LocalDate earliest = new PeriodCounter(WorkingCalendar.load(Path.of("config", "holidays")))
                .earliestEvidencePeriodEnd(today);
        LocalDate end = today.plusDays(20).isBefore(earliest) ? earliest : today.plusDays(20);
        String caseUrl;
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD).clickAndWait(By.linkText("File a case"));
            counsel.type(By.id("filing:title"), TITLE)
                    .choose("filing:ipType", "Trade secret")
                    .choose("filing:technology", "Ranking and recommendation algorithm")
                    .choose("filing:court", "Beijing Intellectual Property Court")
                    .type(By.id("filing:sides:0:rows:0:name"), "Journey Rights Holder Co., Ltd.")
                    .type(By.id("filing:sides:1:rows:0:name"), "Test Merchant Co., Ltd.")
                    .type(By.id("filing:claims"), "Stop using the copied ranking model.")
                    .type(By.id("filing:relief"), "Injunction and damages of CNY 1,000,000.");
            counsel.clickAndWait(By.id("filing:submit"));
            assertThat(counsel.text()).contains("Case filed. Your filing reference is ED-", TITLE, "Submitted");
            caseUrl = counsel.currentUrl();
        }

        try (Browser clerk = new Browser(SharedServer.baseUrl(), "en-US")) {
            clerk.login("clerk", PASSWORD);
            assertThat(clerk.find(By.id("awaiting")).getText()).contains(TITLE);
            clerk.driver().get(caseUrl);
            clerk.takeStep("ACCEPT");
            assertThat(clerk.find(By.id("case-number")).getText()).matches("\\(\\d{4}\\)京73民初\\d+号");
            assertThat(clerk.text()).contains("Accepted");
            clerk.typeInStep("RECORD_SERVICE", "partyDate", today.toString()).takeStep("RECORD_SERVICE");
            assertThat(clerk.find(By.id("tabs:parties")).getText()).contains("Test Merchant Co., Ltd. Yes " + today);
            clerk.driver().findElement(By.linkText("Deadlines")).click();
            assertThat(clerk.find(By.id("tabs:deadlines")).getText()).contains("Answer Test Merchant Co., Ltd.", "CPL art. 128");
            clerk.takeStep("OPEN_ANSWER_PERIOD");
            String caseNumber = clerk.find(By.id("case-number")).getText();
            clerk.open("calendar.xhtml");
            assertThat(clerk.find(By.id("calendar")).getText())
                    .contains("Answer (Test Merchant Co., Ltd.) — " + caseNumber + " " + TITLE);
            clerk.clickAndWait(By.linkText(caseNumber));
            assertThat(clerk.find(By.id("case-number")).getText()).isEqualTo(caseNumber);
            clerk.typeInStep("OPEN_EVIDENCE_PERIOD", "start", today.toString())
                    .typeInStep("OPEN_EVIDENCE_PERIOD", "end", end.toString())
                    .takeStep("OPEN_EVIDENCE_PERIOD");
            clerk.screenshot("clerk-case-after-evidence-period");
            assertThat(clerk.find(By.id("case-status")).getText()).isEqualTo("Evidence period");
            assertThat(clerk.find(By.id("evidence-period")).getText()).startsWith(today.toString());

            clerk.clickAndWait(By.linkText("Home"));
            assertThat(clerk.find(By.id("later")).getText()).contains("End of the evidence period", TITLE);
        }

        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            counsel.driver().get(caseUrl);
            counsel.takeStep("APPLY_FOR_EXTENSION");
            assertThat(counsel.find(By.id("extension-application")).getText()).isEqualTo("counsel · CLAIMANT · " + today);
        }

        try (Browser clerk = new Browser(SharedServer.baseUrl(), "en-US")) {
            clerk.login("clerk", PASSWORD);
            clerk.driver().get(caseUrl);
            clerk.typeInStep("EXTEND_EVIDENCE_PERIOD", "newEnd", end.plusDays(10).toString())
                    .takeStep("EXTEND_EVIDENCE_PERIOD");
            assertThat(clerk.find(By.id("evidence-period")).getText()).startsWith(today.toString());
            assertThat(clerk.driver().findElements(By.id("extension-application"))).isEmpty();
        }

        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            assertThat(counsel.find(By.id("later")).getText()).contains("End of the evidence period", TITLE);
            counsel.clickAndWait(By.id("language:zh"));
            counsel.screenshot("counsel-dashboard-zh");
            assertThat(counsel.find(By.id("later")).getText()).contains("之后的期限", "举证期限届满", TITLE);
        }
    }

    /**
     * CPL art. 85: an evidence period the clerk ends in a year without a holiday file is provisional. The case page
     * warns of it in both languages, and the administrator sees the year listed as lacking its file.
     */
    @Test
    void aDeadlineInAYearWithoutHolidayFileIsShownProvisional_CPL85() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate farEnd = LocalDate.of(today.getYear() + 3, 3, 10);
        String title = "Provisional v. Test: a deadline without a calendar " + System.nanoTime();
        String caseUrl;
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD).clickAndWait(By.linkText("File a case"));
            counsel.type(By.id("filing:title"), title)
                    .choose("filing:ipType", "Trade secret")
                    .choose("filing:technology", "Ranking and recommendation algorithm")
                    .choose("filing:court", "Beijing Intellectual Property Court")
                    .type(By.id("filing:sides:0:rows:0:name"), "Calendar Rights Holder Co., Ltd.")
                    .type(By.id("filing:sides:1:rows:0:name"), "Calendar Merchant Co., Ltd.")
                    .type(By.id("filing:claims"), "Stop using the copied ranking model.")
                    .type(By.id("filing:relief"), "Injunction.");
            counsel.clickAndWait(By.id("filing:submit"));
            caseUrl = counsel.currentUrl();
        }

        try (Browser clerk = new Browser(SharedServer.baseUrl(), "en-US")) {
            clerk.login("clerk", PASSWORD);
            clerk.driver().get(caseUrl);
            clerk.takeStep("ACCEPT").takeStep("RECORD_SERVICE").takeStep("OPEN_ANSWER_PERIOD");
            clerk.typeInStep("OPEN_EVIDENCE_PERIOD", "start", today.toString())
                    .typeInStep("OPEN_EVIDENCE_PERIOD", "end", farEnd.toString())
                    .takeStep("OPEN_EVIDENCE_PERIOD");
            clerk.screenshot("clerk-case-provisional-deadline");
            assertThat(clerk.find(By.id("provisional-deadlines")).getText())
                    .contains("Provisional deadlines", "CPL art. 85");
            // Rolled over weekends only, so 10 March may have moved to the Monday after.
            clerk.driver().findElement(By.linkText("Deadlines")).click();
            assertThat(clerk.find(By.id("tabs:deadlines")).getAttribute("textContent"))
                    .contains(farEnd.getYear() + "-03-1", "(provisional)");

            clerk.clickAndWait(By.id("language:zh"));
            assertThat(clerk.find(By.id("provisional-deadlines")).getText()).contains("临时期限", "民事诉讼法第八十五条");
        }

        try (Browser admin = new Browser(SharedServer.baseUrl(), "en-US")) {
            admin.login("admin", SharedServer.ADMIN_PASSWORD).open("admin/jobs.xhtml");
            assertThat(admin.find(By.id("holiday-year-" + farEnd.getYear())).getText()).contains("missing");
            assertThat(admin.find(By.id("holiday-files")).getText()).contains(String.valueOf(today.getYear()));
        }
    }
}
