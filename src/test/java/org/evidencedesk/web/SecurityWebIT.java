package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
        client.get("login.xhtml");
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
    void aFailureWhileRenderingShowsTheErrorPageWithAReferenceAndNoTrace() throws Exception {
        // PrimeFaces checks the script nonce when it renders a postback; a forged one fails the request.
        HttpResponse<String> response = client.submitWithNonce("login.xhtml", "login", "submit",
                Map.of("username", "clerk", "password", "not the password"), "forged");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong", "Reference: ").doesNotContain(".java:");
        String reference = response.body().replaceAll("(?s).*Reference: ([0-9a-f]{8}).*", "$1");
        assertThat(SharedServer.dataDirectory().resolve("logs/errors/" + reference + ".txt")).exists();
        assertThat(SharedServer.log()).contains("Request error " + reference + " on POST /login.xhtml");
        assertThat(client.get("home.xhtml").statusCode()).as("not logged in").isEqualTo(302);
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
        HttpResponse<String> response = client.get("login.xhtml");

        assertThat(sessionCookieAttributes(response)).contains("samesite=lax", "httponly").doesNotContain("secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndTheBrowserIsToldToKeepToHttps() throws Exception {
        WebClient secure = WebClient.overHttps(SharedServer.httpsBaseUrl());

        HttpResponse<String> response = secure.get("login.xhtml");

        assertThat(sessionCookieAttributes(response)).contains("samesite=lax", "httponly", "secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(secure.login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(secure.get("home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aForwardedProtoHeaderIsNotBelievedUnlessTheProxyIsTrusted() throws Exception {
        HttpResponse<String> response = client.get("login.xhtml", Map.of("X-Forwarded-Proto", "https"));

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
