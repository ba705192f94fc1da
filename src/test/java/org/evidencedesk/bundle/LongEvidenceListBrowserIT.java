package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.evidencedesk.bundle.verify.JsonProbe;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, a case with more items than one page holds: the evidence tab pages, sorts nothing away and
 * searches in the database, and never counts the other side's court-only items; on the export page what counsel
 * ticks stays ticked across pages, "tick all" ticks every item found, and the bundle holds exactly what was ticked.
 */
@ExtendWith(SharedServer.class)
class LongEvidenceListBrowserIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final int OWN = 120;
    private static final int HIDDEN = 5;

    private static long caseId;

    @TempDir
    Path temp;

    /**
     * The demo case Zhisou v. Fastfind (counsel's, without evidence) gets {@value #OWN} claimant items and
     * {@value #HIDDEN} court-only items of the respondent, as rows copied from an item intake made (same stored file,
     * token and receipt): this test is about the lists, not intake, and a page's worth of uploads would take minutes.
     */
    @BeforeAll
    static void fillACase() throws Exception {
        SharedServer.baseUrl();
        try (Connection db = SharedServer.openDatabase()) {
            // Zhisou v. Fastfind, which no other test adds evidence to (Pricewise's tests count its items on its page).
            caseId = single(db, "select min(m.case_id) from case_member m join app_user u on u.id = m.user_id"
                    + " join dispute_case c on c.id = m.case_id where u.username = 'counsel' and m.role = 'CLAIMANT_COUNSEL'"
                    + " and c.title like 'Zhisou v. Fastfind%' and not exists (select 1 from evidence_item e where e.case_id = m.case_id)");
            if (caseId == 0) {
                throw new IllegalStateException("The demo case Zhisou v. Fastfind, without evidence, is not there");
            }
            long template = single(db, "select min(id) from evidence_item where measures_id is null");
            List<String> columns = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("select * from evidence_item where id = ?")) {
                select.setLong(1, template);
                ResultSetMetaData meta = select.executeQuery().getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i).toLowerCase();
                    if (!column.equals("id")) {
                        columns.add(column);
                    }
                }
            }
            for (int n = 1; n <= OWN + HIDDEN; n++) {
                boolean own = n <= OWN;
                int sequence = own ? n : n - OWN;
                String exhibit = String.format(own ? "P-%03d" : "D-%03d", sequence);
                Map<String, Object> values = Map.of("case_id", caseId, "side", own ? "CLAIMANT" : "RESPONDENT",
                        "exhibit_sequence", sequence, "exhibit_number", exhibit,
                        "title", (own ? "Listing screenshot " : "Supplier contract ") + exhibit,
                        "confidentiality", own ? "PARTIES" : "COURT_ONLY", "status", "SUBMITTED");
                StringJoiner names = new StringJoiner(", ");
                StringJoiner chosen = new StringJoiner(", ");
                List<Object> parameters = new ArrayList<>();
                for (String column : columns) {
                    names.add(column);
                    if (values.containsKey(column)) {
                        chosen.add("?");
                        parameters.add(values.get(column));
                    } else if (column.equals("measures_id") || column.equals("produced_under") || column.equals("integrity_problem")) {
                        chosen.add("null");
                    } else {
                        chosen.add(column);
                    }
                }
                try (PreparedStatement insert = db.prepareStatement("insert into evidence_item (" + names + ") select " + chosen
                        + " from evidence_item where id = ?")) {
                    for (int i = 0; i < parameters.size(); i++) {
                        insert.setObject(i + 1, parameters.get(i));
                    }
                    insert.setLong(parameters.size() + 1, template);
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    void theEvidenceTabPagesAndSearchesWhatCounselMaySee() throws Exception {
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            counsel.open("cases/view.xhtml?id=" + caseId);
            assertThat(counsel.driver().findElements(By.id("tabs:evidenceList"))).as("the evidence tab before it is shown").isEmpty();
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Evidence')]")).click();
            String table = "[id='tabs:evidenceList:evidence']";
            // Loaded when first shown, and the address follows: a reload, a bookmark or a copied address opens this tab.
            assertThat(counsel.find(By.cssSelector(table + " .ui-paginator-current")).isDisplayed()).isTrue();
            assertThat(counsel.currentUrl()).contains("id=" + caseId, "tab=evidence");
            // 120 of the 125: the respondent's court-only items are neither shown nor counted.
            assertThat(counsel.find(By.cssSelector(table + " .ui-paginator-current")).getText()).isEqualTo("1–50 / " + OWN);
            assertThat(rows(counsel, table)).contains("P-001", "P-050").doesNotContain("P-051", "D-001");

            counsel.find(By.cssSelector(table + " .ui-paginator-next")).click();
            waitForRow(counsel, table, "P-051");
            assertThat(rows(counsel, table)).contains("P-100").doesNotContain("P-050");
            counsel.find(By.cssSelector(table + " .ui-paginator-last")).click();
            waitForRow(counsel, table, "P-120");
            assertThat(counsel.find(By.cssSelector(table + " .ui-paginator-current")).getText()).isEqualTo("101–120 / " + OWN);
            assertThat(rows(counsel, table)).doesNotContain("D-001", "Supplier contract");

            counsel.driver().findElement(By.id("tabs:evidenceList:evidence:globalFilter")).sendKeys("P-11");
            // Until the search for the whole text has answered (each key filters; the last page shows P-119 already, and
            // the paginator's count changes before the rows do).
            new WebDriverWait(counsel.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> counsel.find(By.cssSelector(table + " .ui-paginator-current")).getText().equals("1–10 / 10")
                            && rows(counsel, table).contains("P-110") && !rows(counsel, table).contains("P-120"));
            assertThat(counsel.find(By.cssSelector(table + " .ui-paginator-current")).getText()).isEqualTo("1–10 / 10");
            assertThat(rows(counsel, table)).contains("P-110").doesNotContain("P-120", "P-011");

            counsel.driver().navigate().refresh();
            assertThat(counsel.find(By.cssSelector(table + " .ui-paginator-current")).getText()).isEqualTo("1–50 / " + OWN);
            counsel.find(By.xpath("//ul[@role='tablist']//a[contains(., 'Overview')]")).click();
            assertThat(counsel.find(By.id("tabs:parties")).isDisplayed()).isTrue();
            assertThat(counsel.currentUrl()).contains("id=" + caseId).doesNotContain("tab=");
        }
    }

    @Test
    void whatCounselTicksOnTheExportPageStaysTickedAcrossPagesAndGoesIntoTheBundle() throws Exception {
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", PASSWORD);
            counsel.open("evidence/export.xhtml?case=" + caseId);
            String table = "[id='choose:items']";
            assertThat(counsel.find(By.id("bundle-size")).getText()).contains(String.valueOf(OWN));
            tick(counsel, "P-002");
            counsel.find(By.cssSelector(table + " .ui-paginator-next")).click();
            waitForRow(counsel, table, "P-051");
            tick(counsel, "P-052");
            waitForText(counsel, "chosen-count", "2 items ticked");
            counsel.find(By.cssSelector(table + " .ui-paginator-first")).click();
            waitForRow(counsel, table, "P-001");
            assertThat(checkbox(counsel, "P-002").isSelected()).isTrue();
            assertThat(checkbox(counsel, "P-001").isSelected()).isFalse();

            counsel.find(By.id("select-hand")).click();
            Map<String, byte[]> parts = Archives.entries(Files.write(temp.resolve("two.asice"), counsel.submitOutside("export")));
            assertThat(exhibits(parts)).containsExactly("P-002", "P-052");

            counsel.find(By.id("choose:items:choose-all")).click();
            waitForText(counsel, "chosen-count", OWN + " items ticked");
            assertThat(checkbox(counsel, "P-001").isSelected()).isTrue();
            counsel.find(By.id("choose:items:clear-choice")).click();
            waitForText(counsel, "chosen-count", "0 items ticked");
            assertThat(checkbox(counsel, "P-002").isSelected()).isFalse();
        }
    }

    private static void tick(Browser browser, String exhibit) {
        checkbox(browser, exhibit).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> checkbox(browser, exhibit).isSelected());
    }

    private static org.openqa.selenium.WebElement checkbox(Browser browser, String exhibit) {
        return browser.find(By.cssSelector("input[type='checkbox'][aria-label='" + exhibit + "']"));
    }

    /** The table's rows' text, one line each. */
    private static String rows(Browser browser, String table) {
        return String.join("\n", browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
                .map(row -> row.getText()).toList());
    }

    private static void waitForRow(Browser browser, String table, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(table + " tbody"), text));
    }

    private static void waitForText(Browser browser, String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id(id), text));
    }

    @SuppressWarnings("unchecked")
    private static List<String> exhibits(Map<String, byte[]> parts) {
        Map<String, Object> manifest = JsonProbe.object(new String(parts.get(BundleLayout.MANIFEST_JSON), StandardCharsets.UTF_8));
        return ((List<Map<String, Object>>) manifest.get("items")).stream().map(item -> (String) item.get("exhibit")).toList();
    }

    private static long single(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
