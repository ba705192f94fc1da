package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.evidencedesk.web.access.DeskPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP against the shared server: a case whose custody log has grown past two pages (one item, downloaded
 * again and again, each download an entry). The case page's custody tab shows entries 1–50; its next page,
 * fetched by ajax as the paginator does, shows entries 51–100 and the whole log's count. And the case page renders
 * only the tab it opens on: the others come when the browser first shows them, or with the {@code tab} parameter.
 */
@ExtendWith(SharedServer.class)
class CustodyTabWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern COURT = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*Beijing Intellectual");
    private static final Pattern CASE_LINK = Pattern.compile("cases/view\\.xhtml\\?id=(\\d+)");
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");
    private static final Pattern ROW_SEQUENCE = Pattern.compile("data-ri=\"\\d+\"[^>]*>\\s*<td[^>]*>\\s*(\\d+)\\s*</td>");
    private static final int DOWNLOADS = 110;

    @Test
    void theNextPageOfTheCustodyTabShowsEntries51To100() throws Exception {
        WebClient counsel = counsel();
        long caseId = fileCase(counsel, "Custody paging");
        long item = submitOneItem(counsel, caseId);
        for (int i = 0; i < DOWNLOADS; i++) {
            assertThat(counsel.getBytes("evidence/download/content/" + item).statusCode()).isEqualTo(200);
        }
        int entries = 2 + DOWNLOADS;

        OpenPage page = counsel.open("cases/view.xhtml?tab=custody&id=" + caseId);
        assertThat(sequences(custodyTable(page.body()))).as("the first page of the custody tab")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());

        String next = new String(counsel.post(page.path(), nextPage(page, 50)).body(), StandardCharsets.UTF_8);
        assertThat(sequences(next)).as("the custody tab's next page")
                .containsExactlyElementsOf(LongStream.rangeClosed(51, 100).boxed().toList());
        // The partial response carries it as a callback argument, its quotes escaped: {&#34;totalRecords&#34;:112}.
        assertThat(next.replace("&#34;", "\"")).as("the paginator learns the log's length")
                .contains("\"totalRecords\":" + entries);
    }

    @Test
    void theCasePageRendersOnlyTheTabItOpensOnAndLoadsAnotherWhenItIsFirstShown() throws Exception {
        WebClient counsel = counsel();
        long caseId = fileCase(counsel, "Tabs on demand");
        long item = submitOneItem(counsel, caseId);

        OpenPage overview = counsel.open("cases/view.xhtml?id=" + caseId);
        assertThat(overview.body()).as("the overview, where the page opens").contains("id=\"tabs:parties\"")
                .doesNotContain("id=\"tabs:evidenceList\"", "id=\"tabs:custody\"", "item.xhtml?id=" + item);

        String evidence = new String(counsel.post(overview.path(), overview.tabLoad("tabs", "tabs:evidenceTab", 1)).body(),
                StandardCharsets.UTF_8);
        assertThat(evidence).as("the evidence tab, loaded as the browser does when it is first shown")
                .contains("id=\"tabs:evidenceList\"", "item.xhtml?id=" + item).doesNotContain("id=\"tabs:parties\"");
        String custody = new String(counsel.post(overview.path(), overview.tabLoad("tabs", "tabs:custodyTab", 5)).body(),
                StandardCharsets.UTF_8);
        assertThat(sequences(custody)).as("the custody tab, loaded when first shown").containsExactly(1L, 2L);

        assertThat(counsel.get("cases/view.xhtml?tab=custody&id=" + caseId).body()).as("the page opened on the custody tab")
                .contains("id=\"tabs:custody\"").doesNotContain("id=\"tabs:parties\"", "id=\"tabs:evidenceList\"");
        assertThat(counsel.get("cases/view.xhtml?tab=no-such-tab&id=" + caseId).body()).as("a tab parameter that names no tab")
                .contains("id=\"tabs:parties\"");
    }

    @Test
    void forgedTabRequestsAreRefusedOrIgnoredAndNeverRecordedAsErrors() throws Exception {
        WebClient counsel = counsel();
        long caseId = fileCase(counsel, "Forged tab requests");
        String path = "cases/view.xhtml?id=" + caseId;
        long recordsBefore = SharedServer.errorTraces();

        OpenPage page = counsel.open(path);
        Map<String, String> notANumber = page.tabLoad("tabs", "tabs:evidenceTab", 1);
        notANumber.put("tabs_activeIndex", "abc");
        HttpResponse<byte[]> refused = counsel.post(page.path(), notANumber);
        assertThat(refused.statusCode()).as("an active index that is not a number").isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Not understood");
        HttpResponse<byte[]> noSuchTab = counsel.post(page.path(), page.tabLoad("tabs", "tabs:noSuchTab", 1));
        assertThat(noSuchTab.statusCode()).as("a tab to load that the page does not have").isEqualTo(400);
        assertThat(counsel.post(page.path(), page.tabLoad("tabs", "tabs:evidenceTab", 1)).statusCode())
                .as("the same page's next real request: its view is as it was").isEqualTo(200);
        Map<String, String> plainPost = new LinkedHashMap<>(Map.of("jakarta.faces.ViewState",
                page.hiddenFields().get("jakarta.faces.ViewState"), "primefaces.nonce", page.nonce(), "tabs_activeIndex", "x"));
        assertThat(counsel.post(page.path(), plainPost).statusCode()).as("the same, posted without ajax").isEqualTo(400);

        // Requests PrimeFaces reads without failing: nothing happens, and nothing is recorded.
        for (Map<String, String> ignored : List.of(
                Map.of("jakarta.faces.behavior.event", "tabChange", "jakarta.faces.partial.event", "tabChange",
                        "tabs_newTab", "tabs:noSuchTab"),
                Map.of("jakarta.faces.behavior.event", "noSuchEvent", "jakarta.faces.partial.event", "noSuchEvent"))) {
            OpenPage fresh = counsel.open(path);
            Map<String, String> fields = fresh.tabLoad("tabs", "tabs:evidenceTab", 1);
            fields.putAll(ignored);
            assertThat(counsel.post(fresh.path(), fields).statusCode()).as(ignored.toString()).isEqualTo(200);
        }

        assertThat(SharedServer.errorTraces()).as("no error recorded for a forged request").isEqualTo(recordsBefore);
        assertThat(SharedServer.log()).contains("Malformed request refused (400) on POST /cases/view.xhtml (user counsel)");
    }

    @Test
    void forgedPagingValuesAreRefusedAndTheTableStillPages() throws Exception {
        WebClient counsel = counsel();
        long caseId = fileCase(counsel, "Forged paging");
        submitOneItem(counsel, caseId);
        long recordsBefore = SharedServer.errorTraces();

        OpenPage page = counsel.open("cases/view.xhtml?tab=custody&id=" + caseId);
        // PrimeFaces refuses these when it renders the page asked for: a negative first row, rows the table does not offer
        // (MalformedRequest).
        for (int[] firstAndRows : new int[][] {{-50, 50}, {0, 0}, {0, -5}, {0, 1_000_000}}) {
            HttpResponse<byte[]> refused = counsel.post(page.path(), page.tablePage("tabs:custody", firstAndRows[0], firstAndRows[1]));
            assertThat(refused.statusCode()).as("first %d, rows %d", firstAndRows[0], firstAndRows[1]).isEqualTo(400);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Not understood");
        }
        Map<String, String> tooLarge = page.tablePage("tabs:custody", 0, 50);
        tooLarge.put("tabs:custody_first", "99999999999");
        assertThat(counsel.post(page.path(), tooLarge).statusCode()).as("a first row too large for a number").isEqualTo(400);
        String next = new String(counsel.post(page.path(), page.tablePage("tabs:custody", 0, 50)).body(), StandardCharsets.UTF_8);
        assertThat(sequences(next)).as("the same page's next real request: its view is as it was").containsExactly(1L, 2L);

        assertThat(SharedServer.errorTraces()).as("no error recorded for a forged request").isEqualTo(recordsBefore);
        assertThat(SharedServer.log()).contains("Malformed request refused (400) on POST /cases/view.xhtml (user counsel)",
                "java.lang.IllegalArgumentException: Unsupported rows per page value: 1000000");
    }

    @Test
    void aRefusedMemberChangeShowsThePageAgainOnTheMembersTab() throws Exception {
        WebClient clerk = new WebClient(SharedServer.baseUrl());
        assertThat(clerk.login("clerk", PASSWORD).statusCode()).isEqualTo(302);
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=lianxin").body());
        assertThat(link.find()).as("the demo trade-secret case in the clerk's list").isTrue();
        // Opened on the overview, the members tab loaded as the browser loads it: the server still holds the overview.
        OpenPage page = clerk.open("cases/view.xhtml?id=" + link.group(1));
        assertThat(clerk.post(page.path(), page.tabLoad("tabs", "tabs:membersTab", 4)).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = clerk.submitForm(page, "tabs:addMember", "submit",
                Map.of("username", "no-such-user-" + System.nanoTime(), "role_input", "RESPONDENT_COUNSEL"));

        assertThat(refused.statusCode()).as("a refusal, shown on the page").isEqualTo(200);
        assertThat(refused.body()).as("the page again, on the members tab")
                .containsPattern("id=\"tabs:membersTab\"[^>]*aria-hidden=\"false\"")
                .contains("id=\"tabs:addMember\"").doesNotContain("id=\"tabs:parties\"");
    }

    private static WebClient counsel() throws Exception {
        WebClient counsel = new WebClient(SharedServer.baseUrl());
        assertThat(counsel.login("counsel", PASSWORD).statusCode()).isEqualTo(302);
        return counsel;
    }

    /** A case counsel files at the demo court, its title made unique. */
    private static long fileCase(WebClient counsel, String title) throws Exception {
        Matcher court = COURT.matcher(counsel.get("cases/new.xhtml").body());
        assertThat(court.find()).as("the demo court in the filing form").isTrue();
        return DeskPages.fileCase(counsel, title + " " + System.nanoTime(), court.group(1));
    }

    /** The part of the case page from the custody table on. */
    private static String custodyTable(String page) {
        int start = page.indexOf("id=\"tabs:custody\"");
        assertThat(start).as("the custody table on the case page").isPositive();
        return page.substring(start);
    }

    private static List<Long> sequences(String html) {
        List<Long> sequences = new ArrayList<>();
        Matcher row = ROW_SEQUENCE.matcher(html);
        while (row.find()) {
            sequences.add(Long.parseLong(row.group(1)));
        }
        return sequences;
    }

    /** The partial request PrimeFaces' paginator sends for the custody page from {@code first}. */
    private static Map<String, String> nextPage(OpenPage page, int first) {
        return page.tablePage("tabs:custody", first, 50);
    }

    private static long submitOneItem(WebClient counsel, long caseId) throws Exception {
        OpenPage upload = counsel.open("evidence/upload.xhtml?case=" + caseId);
        HttpResponse<String> uploaded = counsel.upload(upload, "upload:files", "describe messages", "paging.txt",
                "some evidence".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.body()).contains("ed-pending");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("items:0:title", "Paging");
        form.put("items:0:fact", "That the custody tab pages.");
        form.put("items:0:confidentiality_input", "PARTIES");
        HttpResponse<String> submitted = counsel.submitForm(upload, "describe", "submit", form);
        assertThat(submitted.statusCode()).as("submit answered:\n%s", submitted.body()).isEqualTo(302);
        Matcher link = ITEM_LINK.matcher(counsel.get("cases/view.xhtml?tab=evidence&id=" + caseId).body());
        assertThat(link.find()).as("the item on the case page").isTrue();
        return Long.parseLong(link.group(1));
    }
}
