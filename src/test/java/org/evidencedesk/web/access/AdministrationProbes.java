package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.Capacity.ADMIN;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.web.access.Attempts.Fresh;
import org.evidencedesk.web.access.Attempts.Opened;
import org.evidencedesk.web.access.Attempts.Post;

/** The administration pages' actions, each on a user made for it; read back as the administrator sees the user. */
public final class AdministrationProbes {

    private static final Pattern RULE_SWITCH = Pattern.compile("name=\"rules:rule:\\d+:(enable|disable)\"");

    private final Matrix matrix;
    private final Attempts attempts;

    public AdministrationProbes(Matrix matrix, Attempts attempts) {
        this.matrix = matrix;
        this.attempts = attempts;
    }

    public void register(Map<String, Probe> probes) {
        DeskPages desk = matrix.desk();
        probes.put("ACTION usersPage.create a user", who -> {
            String username = "matrix-created-" + who.column() + "-" + Long.toString(System.nanoTime(), 36);
            return attempts.attempt(who, Post.on("admin/users.xhtml", "create", "submit", Map.of("username", username,
                    "displayName", "Matrix created", "email", "", "roles", "COUNSEL", "court_input", "",
                    "password", MatrixObjects.USER_PASSWORD)), () -> "listed " + usersPage().contains(">" + username + "<"));
        });
        Fresh user = new Fresh(() -> MatrixObjects.userId(desk, MatrixObjects.newUser(desk, "edited")));
        probes.put("ACTION userEditPage.save a user's details", who -> attempts.attemptOn(user, who, id -> Post.on(userPage(id),
                "details", "save", Map.of("displayName", "Matrix renamed by " + who.column(), "email", "", "roles", "COUNSEL",
                        "court_input", "")),
                id -> () -> "renamed " + adminUserPage(id).contains("Matrix renamed by " + who.column())));
        probes.put("ACTION userEditPage.disable a user", who -> attempts.attemptOn(user, who,
                id -> Post.on(userPage(id), "access", "disable"), id -> () -> "status " + DeskPages.textOf(adminUserPage(id), "status")));
        Fresh disabled = new Fresh(() -> {
            long id = MatrixObjects.userId(desk, MatrixObjects.newUser(desk, "disabled"));
            HttpResponse<String> done = DeskPages.post(matrix.client(ADMIN), userPage(id), "access", "disable", Map.of());
            DeskPages.require(done.statusCode() == 302, "disabling user " + id, done);
            return id;
        });
        probes.put("ACTION userEditPage.enable a user", who -> attempts.attemptOn(disabled, who,
                id -> Post.on(userPage(id), "access", "enable"), id -> () -> "status " + DeskPages.textOf(adminUserPage(id), "status")));
        probes.put("ACTION userEditPage.resetPassword of a user", this::resetPassword);
        probes.put("ACTION integrityPage.runNow", this::runIntegrityCheck);
        probes.put("ACTION ruleSetsPage.enable the proposed rule set", this::ruleSwitch);
        probes.put("ACTION ruleSetsPage.disable the proposed rule set", this::ruleSwitch);
        probes.put("ACTION ruleSetsPage.adopt the proposed rule set", this::adoptionForm);
        probes.put("ACTION keysPage.revoke a certificate", this::revocationForm);
    }

    /** Read back by logging in with the new password, tried only once the page says it was reset (failed logins count). */
    private Observed resetPassword(Capacity who) throws Exception {
        String username = MatrixObjects.newUser(matrix.desk(), "reset");
        Opened opened = attempts.open(who, Post.on(userPage(MatrixObjects.userId(matrix.desk(), username)), "reset", "submit"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        String password = "Matrix-Reset-Pass-" + who.ordinal() + "-2026";
        HttpResponse<String> answer = matrix.client(who).submitForm(opened.page(), "reset", "submit", Map.of("newPassword", password));
        String posted = "posted: " + answer.statusCode() + " " + DeskPages.message(answer.body());
        if (answer.statusCode() != 302) {
            return Observed.as(Outcome.REFUSED, posted);
        }
        int login = new WebClient(SharedServer.baseUrl()).login(username, password).statusCode();
        return login == 302 ? Observed.as(Outcome.DONE, posted + ", and the new password logs in")
                : Observed.unexpected(posted + ", but the new password does not log in (" + login + ")");
    }

    /** Read back as the message the run leaves for the page it redirects to. */
    private Observed runIntegrityCheck(Capacity who) throws Exception {
        String path = "admin/integrity.xhtml";
        Opened opened = attempts.open(who, Post.on(path, "sweep", "run"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        HttpResponse<String> answer = matrix.client(who).submitForm(opened.page(), "sweep", "run", Map.of());
        String shown = DeskPages.message(matrix.client(who).get(path).body());
        boolean ran = answer.statusCode() == 302 && (shown.contains("All intact") || shown.contains("problem(s) found"));
        return ran ? Observed.as(Outcome.DONE, "posted: 302, then " + shown)
                : Observed.as(Outcome.REFUSED, "posted: " + answer.statusCode() + " " + DeskPages.message(answer.body()));
    }

    /** Only seen offered: pressing it would change the rule's history that RuleSetsWebIT reads as shipped. */
    private Observed ruleSwitch(Capacity who) throws Exception {
        Opened opened = attempts.open(who, Post.on("admin/rules.xhtml", "rules", "rule:0:enable"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        return RULE_SWITCH.matcher(opened.page().body()).find() ? Observed.as(Outcome.OFFERED, "the page offers the switch")
                : Observed.as(Outcome.REFUSED, "no switch offered");
    }

    /** Seen offered only: an adoption cannot be undone, and the shared server's proposed rule must stay proposed. */
    private Observed adoptionForm(Capacity who) throws Exception {
        Opened opened = attempts.open(who, Post.on("admin/rules.xhtml", "adopt", "submit"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        return opened.page().body().contains("name=\"adopt:submit\"") ? Observed.as(Outcome.OFFERED, "the page offers the form")
                : Observed.as(Outcome.REFUSED, "no form offered");
    }

    /** Seen offered only: a revocation is final, and the shared server's signing key must stay good for the other tests. */
    private Observed revocationForm(Capacity who) throws Exception {
        Opened opened = attempts.open(who, Post.on("admin/keys.xhtml", "revoke", "submit"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        return opened.page().body().contains("name=\"revoke:submit\"") ? Observed.as(Outcome.OFFERED, "the page offers the form")
                : Observed.as(Outcome.REFUSED, "no form offered");
    }

    private static String userPage(long id) {
        return "admin/user.xhtml?id=" + id;
    }

    private String adminUserPage(long id) throws Exception {
        return matrix.client(ADMIN).get(userPage(id)).body();
    }

    private String usersPage() throws Exception {
        return matrix.client(ADMIN).get("admin/users.xhtml").body();
    }
}
