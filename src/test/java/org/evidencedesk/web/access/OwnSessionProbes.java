package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.Capacity.ANONYMOUS;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.web.access.Attempts.Opened;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * What each person does for themselves: logging in and out, the page language, their own password and API tokens,
 * their notices, and verifying a bundle (open to anyone).
 */
public final class OwnSessionProbes {

    private static final Pattern LANGUAGE = Pattern.compile("<html[^>]*lang=\"([^\"]+)\"");
    private static final Pattern REVOKE_BUTTON = Pattern.compile("id=\"tokenList:token-list:\\d+:revoke\"");

    private final Matrix matrix;
    private final Attempts attempts;

    public OwnSessionProbes(Matrix matrix, Attempts attempts) {
        this.matrix = matrix;
        this.attempts = attempts;
    }

    public void register(Map<String, Probe> probes) {
        probes.put("ACTION loginPage.login with the capacity's password", who -> who.loggedIn() ? matrix.login(who) : wrongPassword());
        probes.put("ACTION localeSelection.switchTo Chinese and back", this::switchLanguage);
        probes.put("ACTION accountPage.changePassword of one's own account, and back", this::changePassword);
        probes.put("ACTION accessTokensSection.create a read token of one's own", who -> attempts.attempt(who, createToken(),
                () -> activeTokens(who)));
        probes.put("ACTION accessTokensSection.revoke one's newest token", this::revokeNewestToken);
        probes.put("ACTION noticesPage.markAllRead", who -> attempts.attempt(who, Post.on("notices.xhtml", "notices", "markAll"),
                () -> "unread badge " + matrix.client(who).get("home.xhtml").body().contains("id=\"notice-count\"")));
        probes.put("ACTION noticesPage.open one's latest notice", this::openNotice);
        probes.put("ACTION verifyPage.verifyBundle with no file", who -> verify(who, "bundleForm", "verifyBundle"));
        probes.put("ACTION verifyPage.verifyFile with no file", who -> verify(who, "fileForm", "verifyFile"));
        probes.put("ACTION logoutAction.logout", who -> attempts.attempt(who, Post.on("home.xhtml", "session", "logout"),
                () -> "home answers " + matrix.client(who).get("home.xhtml").statusCode()));
    }

    /** A read-only token with a 30-day life, made on My account. */
    private static Post createToken() {
        return Post.on("account.xhtml", "tokens", "create", Map.of("name", "matrix token", "scopes", "READ",
                "lastDay", LocalDate.now().plusDays(30).toString()));
    }

    /** How many tokens the account page offers to revoke: its active ones. */
    private String activeTokens(Capacity who) throws Exception {
        String page = matrix.client(who).get("account.xhtml").body();
        return "active tokens " + REVOKE_BUTTON.matcher(page).results().count();
    }

    /**
     * Makes a token first, so that the newest (the first row) is the matrix's own and never the demo token the API
     * rows use, then revokes it.
     */
    private Observed revokeNewestToken(Capacity who) throws Exception {
        if (who.loggedIn()) {
            Opened opened = attempts.open(who, createToken());
            if (opened.isOpen()) {
                matrix.client(who).submitForm(opened.page(), "tokens", "create", createToken().fields());
            }
        }
        return attempts.attempt(who, Post.on("account.xhtml", "tokenList", "token-list:0:revoke"), () -> activeTokens(who));
    }

    /** The anonymous visitor's cell: a wrong password leaves them logged out, with a message. */
    private Observed wrongPassword() throws Exception {
        WebClient visitor = matrix.client(ANONYMOUS);
        HttpResponse<String> login = visitor.login("matrix-nobody", "not the password at all");
        int home = visitor.get("home.xhtml").statusCode();
        return login.statusCode() == 200 && home == 302
                ? Observed.as(Outcome.REFUSED, "200 " + DeskPages.message(login.body()) + ", still not logged in")
                : Observed.unexpected(login.statusCode() + ", then home answers " + home);
    }

    /** The language is the session's: switched to Chinese, read back in the page's lang attribute, then back to English. */
    private Observed switchLanguage(Capacity who) throws Exception {
        String page = who.loggedIn() ? "home.xhtml" : "login.xhtml";
        Observed observed = attempts.attempt(who, Post.on(page, "language", "zh"),
                () -> "lang " + DeskPages.group(LANGUAGE, matrix.client(who).get(page).body()).orElse("?"));
        DeskPages.post(matrix.client(who), page, "language", "en", Map.of());
        return observed;
    }

    /**
     * Changes the capacity's own password to a temporary one, read back by changing it back with the temporary one
     * as the current password (no failed login is spent on it: the login throttle counts those per address).
     */
    private Observed changePassword(Capacity who) throws Exception {
        Opened opened = attempts.open(who, Post.on("account.xhtml", "password", "save"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        String temporary = "Matrix-Temporary-Pass-" + who.ordinal() + "-2026";
        HttpResponse<String> changed = matrix.client(who).submitForm(opened.page(), "password", "save",
                Map.of("current", who.password(), "new", temporary, "repeat", temporary));
        String posted = "posted: " + changed.statusCode() + " " + DeskPages.message(changed.body());
        if (matrix.client(who).get("home.xhtml").statusCode() != 200) {
            // A change of password may end the user's sessions; the matrix goes on in a new one.
            matrix.logIn(who, temporary);
            posted += ", which ended the session";
        }
        HttpResponse<String> back = DeskPages.post(matrix.client(who), "account.xhtml", "password", "save",
                Map.of("current", temporary, "new", who.password(), "repeat", who.password()));
        if (matrix.client(who).get("home.xhtml").statusCode() != 200) {
            matrix.logIn(who, who.password());
        }
        return back.statusCode() == 302 ? Observed.as(Outcome.DONE, posted + "; changing back with the new one as current worked")
                : Observed.as(Outcome.REFUSED, posted + "; the new one is not the current password");
    }

    /** The first notice of the list, opened: the page sends the reader to what it is about. */
    private Observed openNotice(Capacity who) throws Exception {
        Opened opened = attempts.open(who, Post.on("notices.xhtml", "notices", "list:0:open"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        if (!opened.page().body().contains("id=\"notices:list:0:open\"")) {
            return Observed.as(Outcome.REFUSED, "no notice to open");
        }
        HttpResponse<String> answer = matrix.client(who).submitForm(opened.page(), "notices", "list:0:open", Map.of());
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.endsWith("/notices.xhtml")
                ? Observed.as(Outcome.DONE, "302 → " + location) : Observed.as(Outcome.REFUSED, answer.statusCode() + " " + location);
    }

    /** Verifying without a file: the page answers with its verdict (nothing arrived), for anyone. */
    private Observed verify(Capacity who, String form, String button) throws Exception {
        HttpResponse<String> answer = matrix.client(who).submitMultipart(matrix.client(who).open("verify.xhtml"), form, button, Map.of());
        return answer.statusCode() == 200 && answer.body().contains("id=\"verdict\"") ? Observed.as(Outcome.DONE, "200 with a verdict")
                : Observed.unexpected(answer.statusCode() + " " + DeskPages.message(answer.body()));
    }
}
