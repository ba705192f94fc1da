package org.evidencedesk.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.identity.PasswordCheckSlots;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.web.RefusalPage;
import org.evidencedesk.web.SlowRefusals;
import org.evidencedesk.web.ThrottledLog;

/**
 * Asks a login to come back before its form goes to Faces when it could only be refused there: every password check
 * slot is taken and as many logins wait as may ({@link PasswordCheckSlots#isFull()}). In a flood of logins most
 * requests arrive so, and rendering the login page for each refusal was the flood's cost to everyone else's pages;
 * this page is written here instead (503, {@code Retry-After}, in the visitor's language). The attempt changes
 * nothing: no failure is counted, the session is not touched. A login let past may still be asked to come back by
 * {@link LoginPage}, whose slot is the one that counts. Only the login form's own post is judged (its button is among
 * the parameters, whatever the method: a small url-encoded form, already judged by {@code UploadGate}, or a query
 * string); the language switch posts to the same page and passes. Refusals are logged as a count, at most a line a
 * minute ({@link ThrottledLog}), and answered after {@code evidencedesk.login.busy.pause} ({@link SlowRefusals}): a
 * flood that posts again as soon as it is answered then posts once per pause, not as fast as this page can be written.
 * That needs every filter before this one, and the Faces servlet, to allow asynchronous requests (web.xml).
 */
public class LoginGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());
    /** The login form's button, present in every post of that form. */
    static final String LOGIN_BUTTON = "login:submit";
    private static final RefusalPage.Way BACK = new RefusalPage.Way("/login.xhtml", "error.loginBack");
    private static final ThrottledLog REFUSALS = new ThrottledLog(LOG, Level.INFO, Duration.ofMinutes(1));

    @Inject
    private transient PasswordCheckSlots passwordChecks;

    @Inject
    private transient Settings settings;

    @Inject
    private transient SlowRefusals slowRefusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Any method: Faces takes a GET that carries the view state and the button for the form's post as well.
        if (passwordChecks.isFull() && request.getParameter(LOGIN_BUTTON) != null) {
            REFUSALS.note(() -> "Logins asked to come back before their form was read:"
                    + " every password check slot and place to wait was taken");
            slowRefusals.answer(SlowRefusals.Route.LOGIN, request, response, settings.loginBusyPause(), late -> {
                late.setHeader("Retry-After", String.valueOf(PasswordCheckSlots.RETRY_AFTER_SECONDS));
                RefusalPage.send(request, late, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.loginBusy", BACK, settings);
            });
            return;
        }
        chain.doFilter(request, response);
    }
}
