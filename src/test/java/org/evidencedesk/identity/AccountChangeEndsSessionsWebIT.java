package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.api.ApiClient;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions end as soon as their account's rights or password change, over HTTP against the shared server: the
 * very next request of a session whose account was disabled, lost a role or had its password reset goes to the
 * login page, which says why; a user who changes their own password keeps that session and loses the others;
 * a change that reaches the database from elsewhere (another node) ends the session too; disabling a user also
 * revokes their API tokens. Each test makes its own throwaway accounts.
 */
@ExtendWith(SharedServer.class)
class AccountChangeEndsSessionsWebIT {

    private static final String PASSWORD = "Throwaway-Session-2026";
    private static final String NEW_PASSWORD = "Another-Session-Pass-2026";
    private static final String ENDED = "Your session ended because your account changed.";

    private final WebClient admin = new WebClient(SharedServer.baseUrl());

    private record Account(long id, String username) {
    }

    @BeforeEach
    void logInAdministrator() throws Exception {
        assertThat(admin.login("admin", SharedServer.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void disablingAnAdministratorEndsTheirSessionAtOnce() throws Exception {
        Account other = create("ADMIN");
        WebClient session = loggedIn(other, PASSWORD);
        assertThat(session.get("admin/users.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = admin.submit("admin/user.xhtml?id=" + other.id(), "access", "disable", Map.of());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(302);

        assertEnded(session, "admin/users.xhtml");
        assertThat(session.login(other.username(), PASSWORD).body()).contains("The username or password is not right");
    }

    @Test
    void disablingAUserRevokesTheirAccessTokens() throws Exception {
        Account counsel = create("COUNSEL");
        WebClient session = loggedIn(counsel, PASSWORD);
        HttpResponse<String> created = session.submit("account.xhtml", "tokens", "create",
                Map.of("name", "sync", "scopes", "READ", "lastDay", LocalDate.now().plusDays(30).toString()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        HttpResponse<String> page = session.get("account.xhtml");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        Matcher shown = Pattern.compile("id=\"token-secret\"[^>]*>\\s*(edk_[A-Za-z0-9_-]+)").matcher(page.body());
        assertThat(shown.find()).as("the new token's secret, shown once").isTrue();
        String secret = shown.group(1);
        ApiClient.withToken(secret).get("/me").then().statusCode(200).body("username", equalTo(counsel.username()));

        HttpResponse<String> disabled = admin.submit("admin/user.xhtml?id=" + counsel.id(), "access", "disable", Map.of());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(302);

        ApiClient.withToken(secret).get("/me").then().statusCode(401).body("key", equalTo("api.token.invalid"));
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement revoked = database.prepareStatement(
                     "select count(*) from access_token where owner = ? and revoked_at is null")) {
            revoked.setString(1, counsel.username());
            try (ResultSet count = revoked.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).as("tokens of the disabled user still active").isZero();
            }
        }
    }

    @Test
    void removingTheAdministratorRoleEndsTheSessionAndTheNextLoginHasOnlyTheNewRole() throws Exception {
        Account other = create("ADMIN");
        WebClient session = loggedIn(other, PASSWORD).acceptLanguage("zh-CN");
        assertThat(session.get("admin/users.xhtml").statusCode()).isEqualTo(200);

        describe(other, "Throwaway clerk", "CLERK");

        HttpResponse<String> next = session.get("admin/users.xhtml");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(session.get("login.xhtml").body()).contains("您的账户已变更，会话已结束。");
        session.login(other.username(), PASSWORD);
        assertThat(session.get("admin/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(session.get("home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void changingOnlyTheDisplayNameKeepsTheSession() throws Exception {
        Account other = create("ADMIN");
        WebClient session = loggedIn(other, PASSWORD);

        describe(other, "Renamed administrator", "ADMIN");

        assertThat(session.get("admin/users.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void resettingThePasswordEndsTheSession() throws Exception {
        Account other = create("ADMIN");
        WebClient session = loggedIn(other, PASSWORD);
        assertThat(session.get("admin/users.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> reset = admin.submit("admin/user.xhtml?id=" + other.id(), "reset", "submit",
                Map.of("newPassword", NEW_PASSWORD));
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(302);

        assertEnded(session, "admin/users.xhtml");
        assertThat(session.login(other.username(), NEW_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(session.get("admin/users.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void changingOneOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        Account counsel = create("COUNSEL");
        WebClient here = loggedIn(counsel, PASSWORD);
        WebClient elsewhere = loggedIn(counsel, PASSWORD);

        HttpResponse<String> changed = here.submit("account.xhtml", "password", "save",
                Map.of("current", PASSWORD, "new", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);

        HttpResponse<String> account = here.get("account.xhtml");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Your password has been changed.");
        assertThat(here.get("home.xhtml").statusCode()).isEqualTo(200);
        assertEnded(elsewhere, "home.xhtml");
    }

    @Test
    void aChangeThatReachesTheDatabaseFromAnotherNodeEndsTheSessionAtItsNextRequest() throws Exception {
        Account other = create("ADMIN");
        WebClient page = loggedIn(other, PASSWORD);
        WebClient ajax = loggedIn(other, PASSWORD);
        assertThat(page.get("admin/users.xhtml").statusCode()).isEqualTo(200);

        // What UserAdministration.disable does on another node: this node's sessions hear nothing of it.
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement disable = database.prepareStatement(
                     "update app_user set enabled = false, session_generation = session_generation + 1 where id = ?")) {
            disable.setLong(1, other.id());
            assertThat(disable.executeUpdate()).isEqualTo(1);
        }

        assertEnded(page, "admin/users.xhtml");
        HttpResponse<String> partial = ajax.get("admin/users.xhtml", Map.of("Faces-Request", "partial/ajax"));
        assertThat(partial.body()).contains("<partial-response><redirect url=\"/login.xhtml\"/></partial-response>");
        assertThat(ajax.get("login.xhtml").body()).contains(ENDED);
    }

    /** The session's next request goes to the login page, which says why; the session stays gone. */
    private static void assertEnded(WebClient session, String page) throws Exception {
        HttpResponse<String> next = session.get(page);
        assertThat(next.statusCode()).as("the next request to " + page).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
        assertThat(session.get("login.xhtml").body()).contains(ENDED);
        assertThat(session.get(page).statusCode()).isEqualTo(302);
        assertThat(session.get("login.xhtml").body()).as("the notice shows once").doesNotContain(ENDED);
    }

    private Account create(String role) throws Exception {
        String username = "s" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = admin.submit("admin/users.xhtml", "create", "submit", Map.of(
                "username", username, "displayName", "Throwaway " + username, "email", "", "roles", role,
                "court_input", "", "password", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher link = Pattern.compile("user\\.xhtml\\?id=(\\d+)\"[^>]*>" + username + "<").matcher(admin.get("admin/users.xhtml").body());
        assertThat(link.find()).as("the new user's link").isTrue();
        return new Account(Long.parseLong(link.group(1)), username);
    }

    private void describe(Account account, String displayName, String role) throws Exception {
        HttpResponse<String> saved = admin.submit("admin/user.xhtml?id=" + account.id(), "details", "save",
                Map.of("displayName", displayName, "email", "", "roles", role, "court_input", ""));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    private static WebClient loggedIn(Account account, String password) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(account.username(), password).statusCode()).isEqualTo(302);
        return client;
    }
}
