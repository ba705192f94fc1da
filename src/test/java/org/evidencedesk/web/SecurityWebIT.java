package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, roles, sessions and headers, checked over HTTP against the shared server. */
@ExtendWith(SharedServer.class)
class SecurityWebIT {

    private static final String DEMO_PASSWORD = "Demo-Evidence-2026";

    private final WebClient client = new WebClient(SharedServer.baseUrl());

    @Test
    void unauthenticatedPagesRedirectToLogin() throws Exception {
        for (String page : new String[] {"", "home.xhtml", "account.xhtml", "admin/users.xhtml", "no-such-page.xhtml"}) {
            HttpResponse<String> response = client.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login.xhtml"));
        }
    }

    @Test
    void counselIsRefusedAdministrationWithForbiddenPage() throws Exception {
        assertThat(client.login("counsel", DEMO_PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> response = client.get("admin/users.xhtml");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed").doesNotContain(".java:");
    }

    @Test
    void administratorSeesUsers() throws Exception {
        client.login("admin", SharedServer.ADMIN_PASSWORD);

        HttpResponse<String> response = client.get("admin/users.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("counsel", "investigator", "Create user");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        HttpResponse<String> response = client.login("judge", "not-the-password-at-all");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("The username or password is not right");
        assertThat(client.get("home.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            client.login("investigator", "wrong-password-" + attempt);
        }

        HttpResponse<String> response = client.login("investigator", DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Too many failed attempts");
        assertThat(client.get("home.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void sessionIdChangesAtLogin() throws Exception {
        // The login page starts no session; a protected page asked for first does (the page asked for is kept in it).
        client.get("home.xhtml");
        String before = client.sessionId().orElseThrow();

        client.login("clerk", DEMO_PASSWORD);

        assertThat(client.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(client.get("home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        client.login("judge", DEMO_PASSWORD);
        assertThat(client.get("home.xhtml").body()).contains("Wang Jun");

        HttpResponse<String> response = client.submit("home.xhtml", "session", "logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(client.get("home.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void unknownPageShowsNotFoundToLoggedInUser() throws Exception {
        client.login("clerk", DEMO_PASSWORD);

        HttpResponse<String> response = client.get("no-such-page.xhtml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").doesNotContain(".java:");
    }

    @Test
    void aFailureOnAPageShowsTheErrorPageWithAReferenceAndNoTrace() throws Exception {
        // A row this version cannot read (a case status it does not know, as after going back to an older release)
        // fails the page of its case opened on the timeline, which shows it: a failure of the server's, not the user's.
        client.login("clerk", DEMO_PASSWORD);
        try (Connection database = SharedServer.openDatabase()) {
            long caseId = firstCase(database);
            assertThat(client.get("cases/view.xhtml?id=" + caseId).statusCode()).as("the clerk's case").isEqualTo(200);
            change(database, "insert into case_event (case_id, occurred_at, actor, type, to_status)"
                    + " values (?, current_timestamp, 'test', 'STATUS', 'NO_SUCH_STATUS')", caseId);
            try {
                HttpResponse<String> response = client.get("cases/view.xhtml?tab=timeline&id=" + caseId);

                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.body()).contains("Something went wrong", "Reference: ").doesNotContain(".java:", "NO_SUCH_STATUS");
                assertThat(response.headers().firstValue("X-Frame-Options")).as("the page's headers survive its failure").contains("DENY");
                assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
                String reference = response.body().replaceAll("(?s).*Reference: ([0-9a-f]{8}).*", "$1");
                assertRecorded(reference, "GET /cases/view.xhtml");
            } finally {
                change(database, "delete from case_event where case_id = ? and to_status = 'NO_SUCH_STATUS'", caseId);
            }
        }
    }

    @Test
    void aFailureWhileIdentifyingALoggedInUserShowsTheErrorPageWithAReference() throws Exception {
        // The session's account is read on every request, before any page runs; here it holds a role this version
        // does not know. Left to the container, that answer was an empty 500 without a reference.
        WebClient admin = new WebClient(SharedServer.baseUrl());
        admin.login("admin", SharedServer.ADMIN_PASSWORD);
        String username = "e" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = admin.submit("admin/users.xhtml", "create", "submit", Map.of(
                "username", username, "displayName", "Throwaway " + username, "email", "", "roles", "COUNSEL",
                "court_input", "", "password", DEMO_PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(client.acceptLanguage("zh-CN").login(username, DEMO_PASSWORD).statusCode()).isEqualTo(302);
        try (Connection database = SharedServer.openDatabase()) {
            unknownRole(database, username, "insert into app_user_role (user_id, role) select id, 'NO_SUCH_ROLE' from app_user where username = ?");
            try {
                HttpResponse<String> response = client.get("home.xhtml");

                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.body()).contains("出现错误", "错误编号：").doesNotContain(".java:", "NO_SUCH_ROLE");
                String reference = reference(response);
                assertRecorded(reference, "GET /home.xhtml");

                // The same failure again (as every request of a logged-in user meets while the database is down): a
                // reference and a log line of its own, and the first one's trace instead of a file per request.
                HttpResponse<String> again = client.get("home.xhtml");
                String second = reference(again);
                assertThat(again.statusCode()).isEqualTo(500);
                assertThat(second).isNotEqualTo(reference);
                assertThat(SharedServer.log()).contains("Request error " + second + " on GET /home.xhtml")
                        .contains("the same failure as request error " + reference);
                assertThat(SharedServer.dataDirectory().resolve("logs/errors/" + second + ".txt")).doesNotExist();
            } finally {
                unknownRole(database, username, "delete from app_user_role where role = 'NO_SUCH_ROLE'"
                        + " and user_id = (select id from app_user where username = ?)");
            }
        }
        assertThat(client.get("home.xhtml").statusCode()).as("the account readable again").isEqualTo(200);
    }

    private static void unknownRole(Connection database, String username, String statement) throws SQLException {
        try (PreparedStatement change = database.prepareStatement(statement)) {
            change.setString(1, username);
            assertThat(change.executeUpdate()).isEqualTo(1);
        }
    }

    private static String reference(HttpResponse<String> errorPage) {
        return errorPage.body().replaceAll("(?s).*id=\"error-reference\">[^<]*?([0-9a-f]{8}).*", "$1");
    }

    /** A request error shown under {@code reference}: its trace is kept and the log names it for {@code request}. */
    private static void assertRecorded(String reference, String request) throws IOException {
        assertThat(SharedServer.dataDirectory().resolve("logs/errors/" + reference + ".txt")).exists();
        assertThat(SharedServer.log()).contains("Request error " + reference + " on " + request);
    }

    private static long firstCase(Connection database) throws SQLException {
        try (PreparedStatement first = database.prepareStatement("select min(id) from dispute_case");
             ResultSet result = first.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void change(Connection database, String statement, long caseId) throws SQLException {
        try (PreparedStatement change = database.prepareStatement(statement)) {
            change.setLong(1, caseId);
            assertThat(change.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aPostWithoutItsPagesScriptNonceIsRefusedBeforeAnythingInItIsDoneWithoutATrace() throws Exception {
        // Only a client other than the page leaves PrimeFaces' nonce out or sends another: its doing, not the server's.
        // The first post is an empty form (no password check whatever happens); the second has the right password, and
        // is refused all the same: the login never runs (PrimeFaces alone checks only when it renders, and a login
        // that succeeds redirects before anything renders).
        long tracesBefore = SharedServer.errorTraces();
        HttpResponse<String> missing = client.acceptLanguage("zh-CN").submitWithoutNonce("login.xhtml", "login", "submit",
                Map.of("username", "", "password", ""));
        WebClient forger = new WebClient(SharedServer.baseUrl());
        HttpResponse<String> forged = forger.submitWithNonce("login.xhtml", "login", "submit",
                Map.of("username", "clerk", "password", DEMO_PASSWORD), "forged");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("表单提交时缺少页面脚本", "均未执行").doesNotContain(".java:", "Reference");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Form sent without its page's script", "Nothing the form asked for was done")
                .doesNotContain(".java:", "Reference");
        assertThat(forger.get("home.xhtml").statusCode()).as("the right password, not logged in").isEqualTo(302);
        assertThat(SharedServer.errorTraces()).as("trace files written").isEqualTo(tracesBefore);
        assertThat(SharedServer.log()).contains("did not carry its page's script nonce").doesNotContain("CspException");
        assertThat(client.get("home.xhtml").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void anAjaxPostWithAForgedScriptNonceIsSentToThePageThatSaysSoWithoutATrace() throws Exception {
        client.login("clerk", DEMO_PASSWORD);
        WebClient.OpenPage page = client.open("cases/list.xhtml?q=lianxin");
        WebClient.OpenPage forged = new WebClient.OpenPage(page.path(), page.body(), page.hiddenFields(), "forged");
        long tracesBefore = SharedServer.errorTraces();

        HttpResponse<String> response = client.submitAjax(forged, "filters", "filters:reset", "filters:reset",
                "filters list:cases", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("<?xml").containsOnlyOnce("<partial-response")
                .contains("<partial-response><redirect url=\"/error/script.xhtml\"")
                .doesNotContain("filters:search", ".java:");
        assertThat(SharedServer.errorTraces()).as("trace files written").isEqualTo(tracesBefore);
        assertThat(client.get("error/script.xhtml").body()).contains("Form sent without its page's script");
    }

    @Test
    void aPostToAnExpiredViewShowsTheExpiredPage() throws Exception {
        HttpResponse<String> response = client.submitWithViewState("login.xhtml", "login", "submit",
                Map.of("username", "clerk", "password", DEMO_PASSWORD), "1234:5678");

        assertThat(response.body()).contains("Page expired").doesNotContain(".java:");
        assertThat(client.get("home.xhtml").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void everyPageCarriesSecurityHeaders() throws Exception {
        HttpResponse<String> response = client.get("login.xhtml");

        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"))
                .anySatisfy(policy -> assertThat(policy).contains("script-src 'self' 'nonce-"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void overPlainHttpTheSessionCookieIsLaxAndHttpOnlyAndNoStrictTransportSecurityIsSent() throws Exception {
        HttpResponse<String> response = client.get("home.xhtml");

        assertThat(sessionCookieAttributes(response)).contains("samesite=lax", "httponly").doesNotContain("secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndTheBrowserIsToldToKeepToHttps() throws Exception {
        WebClient secure = WebClient.overHttps(SharedServer.httpsBaseUrl());

        // The login page starts no session; the protected page that sends the browser there does.
        HttpResponse<String> redirect = secure.get("home.xhtml");
        HttpResponse<String> response = secure.get("login.xhtml");

        assertThat(sessionCookieAttributes(redirect)).contains("samesite=lax", "httponly", "secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(secure.login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(secure.get("home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aForwardedProtoHeaderIsNotBelievedUnlessTheProxyIsTrusted() throws Exception {
        HttpResponse<String> response = client.get("home.xhtml", Map.of("X-Forwarded-Proto", "https"));

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookieAttributes(response)).doesNotContain("secure");
    }

    /** The attributes of the Set-Cookie header that starts a session, as the server sent it (lower case). */
    private static List<String> sessionCookieAttributes(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
        return Arrays.stream(cookie.split(";")).skip(1).map(String::trim).map(attribute -> attribute.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * A visitor's pages keep no state on the server: opening the public pages, switching their language and failing to
     * log in start no session, so that asking for them without a cookie costs the server nothing it keeps.
     */
    @Test
    void aVisitorHoldsNoSessionOnThePublicPagesNorAfterAFailedLogin() throws Exception {
        WebClient visitor = new WebClient(SharedServer.baseUrl());
        for (String page : List.of("login.xhtml", "verify.xhtml", "api.xhtml", "error/404.xhtml")) {
            HttpResponse<String> response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }

        HttpResponse<String> switched = visitor.submit("login.xhtml", "language", "zh", Map.of());
        HttpResponse<String> failed = visitor.login("no-such-visitor", "not-a-password");

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("evidencedesk-language=zh-CN").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(failed.body()).contains("用户名或密码不正确", "lang=\"zh-CN\"");
        assertThat(failed.body().split("用户名或密码不正确", -1)).as("the message, said once").hasSize(2);
        assertThat(visitor.sessionId()).as("a session").isEmpty();
        assertThat(visitor.get("verify.xhtml").body()).as("the choice holds on the other pages").contains("lang=\"zh-CN\"");
    }

    /**
     * A stateless page's form has no view state to tie a post to the page, so where a browser says a post came from
     * another site's page ({@code Sec-Fetch-Site}, else {@code Origin}) it is refused before anything in it is done:
     * otherwise a forged form could log the victim's browser in to the forger's account (login CSRF).
     */
    @Test
    void aLoginPostedFromAnotherSitesPageIsRefusedBeforeThePasswordIsChecked() throws Exception {
        long tracesBefore = SharedServer.errorTraces();
        String ownOrigin = SharedServer.baseUrl().replaceAll("^(https?://[^/]+).*$", "$1");
        WebClient forged = new WebClient(SharedServer.baseUrl()).header("Origin", "https://evil.example");
        WebClient fetchMetadata = new WebClient(SharedServer.baseUrl()).acceptLanguage("zh-CN")
                .header("Sec-Fetch-Site", "cross-site").header("Origin", ownOrigin);
        WebClient sameSite = new WebClient(SharedServer.baseUrl()).header("Sec-Fetch-Site", "same-site");
        WebClient opaque = new WebClient(SharedServer.baseUrl()).header("Origin", "null");
        WebClient own = new WebClient(SharedServer.baseUrl()).header("Sec-Fetch-Site", "same-origin").header("Origin", ownOrigin);

        HttpResponse<String> fromElsewhere = forged.login("clerk", DEMO_PASSWORD);
        HttpResponse<String> saidCrossSite = fetchMetadata.login("clerk", DEMO_PASSWORD);

        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.body()).contains("Form sent from another site", "Nothing the form asked for was done")
                .doesNotContain(".java:", "Reference");
        assertThat(saidCrossSite.statusCode()).isEqualTo(403);
        assertThat(saidCrossSite.body()).contains("表单来自其他网站", "均未执行");
        assertThat(sameSite.login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(opaque.login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(403);
        for (WebClient refused : List.of(forged, fetchMetadata, sameSite, opaque)) {
            assertThat(refused.get("home.xhtml").statusCode()).as("the right password, not logged in").isEqualTo(302);
        }
        assertThat(own.login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(own.get("home.xhtml").statusCode()).isEqualTo(200);
        assertThat(SharedServer.errorTraces()).as("trace files written").isEqualTo(tracesBefore);
        assertThat(SharedServer.log()).contains("was sent by another site's page");
    }

    @Test
    void browserLanguageChoosesChinese() throws Exception {
        HttpResponse<String> response = client.acceptLanguage("zh-CN,zh;q=0.9,en;q=0.5").get("login.xhtml");

        assertThat(response.body()).contains("登录", "用户名", "lang=\"zh-CN\"");
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> response = client.get("health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"database\"", "\"status\":\"UP\"");
    }
}
