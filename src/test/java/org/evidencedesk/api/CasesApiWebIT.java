package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.web.access.Capacity;
import org.evidencedesk.web.access.DeskPages;
import org.evidencedesk.web.access.MatrixObjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases, their deadlines, members and custody log, and notices, through the API on the shared server. The demo's
 * trade-secret case (Lianxin v. Quickcart, at the demo court) serves the reads of one case; for lists with exact
 * totals, a counsel created here files three cases of their own through the pages, one of them at another court.
 */
@ExtendWith(SharedServer.class)
class CasesApiWebIT {

    private static final String NO_SUCH_CASE = "999999999";

    private static String suffix;
    private static String filer;
    private static String filerToken;
    private static String otherCounselToken;
    private static long atOtherCourt;
    private static long patentCase;
    private static long tradeSecretCase;
    private static long noticeOfOther;

    @BeforeAll
    static void fileCasesAsANewCounsel() throws Exception {
        suffix = Long.toString(System.nanoTime(), 36);
        WebClient admin = DeskPages.loggedIn(Capacity.ADMIN.username(), SharedServer.ADMIN_PASSWORD);
        filer = "cases-api-" + suffix;
        String other = "cases-api-other-" + suffix;
        DeskPages desk = new DeskPages(Map.of(Capacity.ADMIN, admin));
        MatrixObjects.createUser(desk, filer, "COUNSEL", "");
        MatrixObjects.createUser(desk, other, "COUNSEL", "");
        WebClient counsel = DeskPages.loggedIn(filer, MatrixObjects.USER_PASSWORD);
        DeskPages filing = new DeskPages(Map.of(Capacity.CLAIMANT_NAMED, counsel));

        atOtherCourt = DeskPages.fileCase(counsel, "Api case Shanghai " + suffix, filing.courtOption("Shanghai"));
        Map<String, String> patent = DeskPages.caseForm("Api case Beijing patent " + suffix, filing.courtOption("Beijing Intellectual"));
        patent.put("ipType_input", "PATENT");
        patent.put("sides:1:rows:0:name", "Api Respondent " + suffix + " Ltd.");
        patentCase = filedCase(DeskPages.post(counsel, "cases/new.xhtml", "filing", "submit", patent));
        tradeSecretCase = DeskPages.fileCase(counsel, "Api case Beijing trade secret " + suffix, filing.courtOption("Beijing Intellectual"));

        filerToken = ApiClient.newToken(filer, TokenScope.READ);
        otherCounselToken = ApiClient.newToken(other, TokenScope.READ);
        Instant now = Instant.now();
        notice(filer, atOtherCourt, now.minus(2, ChronoUnit.HOURS), "first");
        notice(filer, patentCase, now.minus(1, ChronoUnit.HOURS), "second");
        noticeOfOther = notice(other, patentCase, now, "other");
    }

    // ---- the case list ---------------------------------------------------------------------------------------

    @Test
    void theListHoldsTheCallersCasesWithTheirTotal() {
        JsonPath all = list(Map.of());

        assertThat(all.getLong("total")).isEqualTo(3);
        assertThat(all.getList("items.id", Long.class)).containsExactlyInAnyOrder(atOtherCourt, patentCase, tradeSecretCase);
        assertThat(all.getString("items.find { it.id == " + patentCase + " }.ipType")).isEqualTo("PATENT");
        assertThat(all.getString("items.find { it.id == " + atOtherCourt + " }.courtNameEn")).contains("Shanghai");
        assertThat(all.getString("items.find { it.id == " + atOtherCourt + " }.status")).isEqualTo("SUBMITTED");
        assertThat(all.getString("items.find { it.id == " + atOtherCourt + " }.filingReference")).isNotBlank();
        assertThat(all.getString("items.find { it.id == " + atOtherCourt + " }.filedAt")).endsWith("Z");
    }

    @Test
    void theListFiltersAsTheCaseListPageDoes() {
        assertThat(list(Map.of("ipType", "PATENT")).getList("items.id", Long.class)).containsExactly(patentCase);
        assertThat(list(Map.of("q", "trade secret " + suffix)).getList("items.id", Long.class)).containsExactly(tradeSecretCase);
        assertThat(list(Map.of("party", "Api Respondent " + suffix)).getList("items.id", Long.class)).containsExactly(patentCase);
        assertThat(list(Map.of("technology", "RANKING_RECOMMENDATION")).getLong("total")).isEqualTo(3);
        assertThat(list(Map.of("status", "ACCEPTED")).getLong("total")).isZero();
        assertThat(list(Map.of("status", List.of("ACCEPTED", "SUBMITTED"))).getLong("total")).isEqualTo(3);
        assertThat(list(Map.of("filedTo", "2000-01-01")).getLong("total")).isZero();
        assertThat(list(Map.of("filedFrom", LocalDate.now().minusDays(1).toString())).getLong("total")).isEqualTo(3);
    }

    @Test
    void theListIsPagedAndSorted() {
        JsonPath first = list(Map.of("size", 2, "page", 0, "sort", "TITLE", "order", "asc"));
        JsonPath second = list(Map.of("size", 2, "page", 1, "sort", "TITLE", "order", "asc"));

        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(second.getLong("total")).isEqualTo(3);
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(second.getInt("page")).isEqualTo(1);
        List<String> titles = new ArrayList<>(first.getList("items.title", String.class));
        titles.addAll(second.getList("items.title", String.class));
        assertThat(titles).containsExactly("Api case Beijing patent " + suffix, "Api case Beijing trade secret " + suffix,
                "Api case Shanghai " + suffix);
        assertThat(list(Map.of("sort", "TITLE", "order", "desc")).getList("items.title", String.class))
                .containsExactly("Api case Shanghai " + suffix, "Api case Beijing trade secret " + suffix,
                        "Api case Beijing patent " + suffix);
    }

    @Test
    void theCourtListsItsOwnCasesOnly() {
        JsonPath clerks = ApiClient.as("clerk").queryParam("q", suffix).get("/cases").then().statusCode(200).extract().jsonPath();

        assertThat(clerks.getList("items.id", Long.class)).containsExactlyInAnyOrder(patentCase, tradeSecretCase);
    }

    @Test
    void aFilterValueTheListDoesNotTakeIsABadRequest() {
        for (Map.Entry<String, String> bad : Map.of("status", "NOPE", "ipType", "patent!", "filedFrom", "2026-13-01",
                "sort", "PRICE", "order", "sideways").entrySet()) {
            ApiClient.withToken(filerToken).queryParam(bad.getKey(), bad.getValue()).get("/cases").then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("key", equalTo("api.parameter.invalid"))
                    .body("detail", containsString(bad.getKey()));
        }
        ApiClient.withToken(filerToken).queryParam("size", 500).get("/cases").then().statusCode(400);
        ApiClient.withToken(filerToken).queryParam("q", "x".repeat(201)).get("/cases").then()
                .statusCode(400)
                .body("key", equalTo("api.invalid"));
    }

    /** A page whose first entry lies beyond what an int counts: refused like a size over 200, never a 500. */
    @Test
    void aPageBeyondTheLastThatCanBeCountedIsABadRequestOnEveryList() {
        long id = lianxin();
        Map<String, String> lists = Map.of("/cases", "counsel", "/cases/" + id + "/items", "counsel", "/notices", "counsel",
                "/cases/" + id + "/custody", "clerk");
        for (Map.Entry<String, String> list : lists.entrySet()) {
            ApiClient.as(list.getValue()).queryParam("page", Integer.MAX_VALUE).get(list.getKey()).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("key", equalTo("api.invalid"))
                    .body("detail", containsString("page"));
        }
        ApiClient.as("counsel").queryParam("page", Paging.MAX_PAGE).queryParam("size", Paging.MAX_SIZE).get("/cases").then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    // ---- one case ---------------------------------------------------------------------------------------------

    @Test
    void aCaseComesWithItsVersionAsETag() {
        long id = lianxin();
        Response read = ApiClient.as("counsel").get("/cases/" + id);

        read.then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", startsWith("Lianxin v. Quickcart"))
                .body("court.code", notNullValue())
                .body("parties", hasSize(4))
                .body("parties.side", hasItem("RESPONDENT"))
                .body("capacities", hasItem("CLAIMANT_COUNSEL"))
                .body("evidencePeriodEnd", notNullValue());
        long version = read.jsonPath().getLong("version");
        assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");

        ApiClient.as("counsel").header("If-None-Match", read.header("ETag")).get("/cases/" + id).then().statusCode(304);
        ApiClient.as("counsel").header("If-None-Match", "\"" + (version + 1) + "\"").get("/cases/" + id).then().statusCode(200);
    }

    @Test
    void theDeadlinesAreTheCasePagesWithTheirLegalBasis() {
        long id = lianxin();

        ApiClient.as("defence").get("/cases/" + id + "/deadlines").then().statusCode(200)
                .body("kind", hasItem("EVIDENCE_PERIOD"))
                .body("basis", everyItem(not(equalTo(""))))
                .body("basis", everyItem(notNullValue()))
                .body("state", everyItem(notNullValue()))
                .body("find { it.kind == 'EVIDENCE_PERIOD' }.dueOn", notNullValue());
    }

    @Test
    void theMembersAreListedWithTheirRoles() {
        long id = lianxin();

        JsonPath members = ApiClient.as("counsel").get("/cases/" + id + "/members").then().statusCode(200).extract().jsonPath();

        assertThat(members.getString("find { it.username == 'counsel' }.role")).isEqualTo("CLAIMANT_COUNSEL");
        assertThat(members.getString("find { it.username == 'defence' }.role")).isEqualTo("RESPONDENT_COUNSEL");
        assertThat(members.getString("find { it.username == 'defence' }.side")).isEqualTo("RESPONDENT");
        assertThat(members.getString("find { it.username == 'judge' }.role")).isEqualTo("JUDGE");
        assertThat(members.getList("username")).doesNotContain("judge2");
    }

    @Test
    void aCaseOfAnotherCourtIsNotFoundForTheCourtAsOnThePages() {
        ApiClient.withToken(filerToken).get("/cases/" + atOtherCourt).then().statusCode(200);
        for (String part : List.of("", "/deadlines", "/members", "/custody")) {
            ApiClient.as("judge").get("/cases/" + atOtherCourt + part).then()
                    .statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("key", equalTo("api.notFound"));
        }
        ApiClient.as("judge").get("/cases/" + NO_SUCH_CASE).then().statusCode(404).body("key", equalTo("api.notFound"));
        ApiClient.withToken(otherCounselToken).get("/cases/" + patentCase).then().statusCode(404);
    }

    // ---- the custody log ----------------------------------------------------------------------------------------

    @Test
    void theCourtReadsTheCustodyChainPageByPage() {
        long id = lianxin();
        JsonPath first = ApiClient.as("judge").queryParam("size", 3).get("/cases/" + id + "/custody").then()
                .statusCode(200).extract().jsonPath();
        JsonPath second = ApiClient.as("clerk").queryParam("size", 3).queryParam("page", 1).get("/cases/" + id + "/custody")
                .then().statusCode(200).extract().jsonPath();

        assertThat(first.getLong("total")).isGreaterThan(6);
        assertThat(first.getList("items.sequence", Long.class)).containsExactly(1L, 2L, 3L);
        assertThat(second.getList("items.sequence", Long.class)).containsExactly(4L, 5L, 6L);
        assertThat(first.getString("items[0].previousHash")).isEqualTo("0".repeat(64));
        assertThat(first.getString("items[1].previousHash")).isEqualTo(first.getString("items[0].entryHash"));
        assertThat(second.getString("items[0].previousHash")).isEqualTo(first.getString("items[2].entryHash"));
        assertThat(first.getList("items.withheld", Boolean.class)).containsOnly(false);
        assertThat(first.getList("items.actor", String.class)).doesNotContainNull();
        assertThat(first.getList("items.action", String.class)).doesNotContainNull();
        assertThat(first.getList("items.entryHash", String.class)).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void theCustodyLogNeedsTheCourtScope() {
        long id = lianxin();

        for (var spec : List.of(ApiClient.as("counsel"), ApiClient.as("defence"), ApiClient.withScopes("judge", TokenScope.READ))) {
            spec.get("/cases/" + id + "/custody").then()
                    .statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("key", equalTo("api.scope.missing"))
                    .body("detail", containsString("court"));
        }
    }

    // ---- notices ----------------------------------------------------------------------------------------------

    @Test
    void noticesAreListedUnreadFirstAndMarkedRead() {
        JsonPath before = notices(false);
        assertThat(before.getLong("total")).isEqualTo(2);
        assertThat(before.getList("items.collect { it.arguments[0] }", String.class)).containsExactly("second", "first");
        assertThat(before.getString("items[0].text")).contains("second");
        assertThat(before.getString("items[0].messageKey")).isEqualTo("notice.disclosureGranted");
        assertThat(before.getString("items[0].link")).isEqualTo("/disclosure/request?id=1");
        long newest = before.getLong("items[0].id");
        assertThat(notices(true).getLong("total")).isEqualTo(2);

        ApiClient.withToken(filerToken).post("/notices/" + newest + "/read").then().statusCode(204);

        JsonPath unread = notices(true);
        assertThat(unread.getLong("total")).isEqualTo(1);
        assertThat(unread.getList("items.id", Long.class)).doesNotContain(newest);
        JsonPath after = notices(false);
        assertThat(after.getList("items.collect { it.arguments[0] }", String.class)).as("unread first").containsExactly("first", "second");
        assertThat(after.getString("items[1].readAt")).isNotNull();
        assertThat(after.getBoolean("items[1].unread")).isFalse();
        assertThat(after.getString("items[0].readAt")).isNull();
    }

    @Test
    void noticesAreInTheLanguageAsked() {
        String english = ApiClient.withToken(filerToken).header("Accept-Language", "en").get("/notices")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.arguments[0] == 'first' }.text");
        String chinese = ApiClient.withToken(filerToken).header("Accept-Language", "zh-CN").get("/notices")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.arguments[0] == 'first' }.text");

        assertThat(english).startsWith("Case first:");
        assertThat(chinese).startsWith("案件 first");
    }

    @Test
    void someoneElsesNoticeIsNotFoundAndStaysUnread() throws Exception {
        ApiClient.withToken(filerToken).post("/notices/" + noticeOfOther + "/read").then()
                .statusCode(404)
                .body("key", equalTo("api.notFound"));
        ApiClient.withToken(filerToken).post("/notices/" + NO_SUCH_CASE + "/read").then().statusCode(404);

        assertThat(readAt(noticeOfOther)).isNull();
        ApiClient.withToken(otherCounselToken).get("/notices").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].unread", equalTo(true));
    }

    // ---- authentication and language ---------------------------------------------------------------------------

    @Test
    void withoutATokenNothingIsListed() {
        for (String path : List.of("/cases", "/cases/" + patentCase, "/cases/" + patentCase + "/members", "/notices")) {
            ApiClient.anonymous().get(path).then().statusCode(401).body("key", equalTo("api.token.missing"));
        }
        ApiClient.anonymous().post("/notices/" + noticeOfOther + "/read").then().statusCode(401);
    }

    @Test
    void aTokenWithoutReadIsRefused() {
        for (String path : List.of("/cases", "/cases/" + lianxin(), "/cases/" + lianxin() + "/deadlines",
                "/cases/" + lianxin() + "/members", "/notices")) {
            ApiClient.withScopes("counsel", TokenScope.SUBMIT).get(path).then()
                    .statusCode(403)
                    .body("key", equalTo("api.scope.missing"))
                    .body("detail", containsString("read"));
        }
        ApiClient.withScopes("counsel", TokenScope.SUBMIT).post("/notices/" + noticeOfOther + "/read").then().statusCode(403);
    }

    @Test
    void aProblemIsInChineseWhenAskedFor() {
        ApiClient.as("judge").header("Accept-Language", "zh-CN").get("/cases/" + atOtherCourt).then()
                .statusCode(404)
                .header("Content-Language", equalTo("zh-CN"))
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("这里没有您可以查看的内容。"))
                .body("instance", equalTo("/api/v1/cases/" + atOtherCourt));
        ApiClient.withToken(filerToken).header("Accept-Language", "zh-CN").queryParam("status", "NOPE").get("/cases").then()
                .statusCode(400)
                .body("title", equalTo("请求有误"))
                .body("detail", containsString("status"))
                .body("detail", not(containsString("The parameter")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static JsonPath list(Map<String, ?> query) {
        var request = ApiClient.withToken(filerToken);
        query.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.queryParam(name, values);
            } else {
                request.queryParam(name, value);
            }
        });
        return request.get("/cases").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath notices(boolean unread) {
        return ApiClient.withToken(filerToken).queryParam("unread", unread).get("/notices")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long lianxin() {
        List<Long> found = ApiClient.as("counsel").queryParam("q", "lianxin").get("/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static long filedCase(java.net.http.HttpResponse<String> filed) {
        DeskPages.require(filed.statusCode() == 302, "filing a case", filed);
        return Long.parseLong(filed.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
    }

    /** A notice of the disclosure-granted kind for the user, written as the notice board writes one; its id. */
    private static long notice(String recipient, long caseId, Instant at, String caseNumber) throws Exception {
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement insert = database.prepareStatement("insert into notice (recipient, case_id, message_key,"
                     + " arguments, link, created_at) values (?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
            insert.setString(1, recipient);
            insert.setLong(2, caseId);
            insert.setString(3, "notice.disclosureGranted");
            insert.setString(4, caseNumber + "\u001f1");
            insert.setString(5, "/disclosure/request?id=1");
            insert.setTimestamp(6, Timestamp.from(at));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Timestamp readAt(long noticeId) throws Exception {
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement select = database.prepareStatement("select read_at from notice where id = ?")) {
            select.setLong(1, noticeId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getTimestamp(1);
            }
        }
    }
}
