package org.evidencedesk.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.evidencedesk.identity.PasswordCheckSlots;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.web.RefusalPage;

/**
 * Asks a login to come back before its form goes to Faces when it could only be refused there: every password check
 * slot is taken and as many logins wait as may ({@link PasswordCheckSlots#isFull()}). In a flood of logins most
 * requests arrive so, and rendering the login page for each refusal was the flood's cost to everyone else's pages;
 * this page is written here instead (503, {@code Retry-After}, in the visitor's language). The attempt changes
 * nothing: no failure is counted, the session is not touched. A login let past may still be asked to come back by
 * {@link LoginPage}, whose slot is the one that counts. Only the login form's own post is judged (its button is among
 * the parameters: a small url-encoded form, already judged by {@code UploadGate}); the language switch posts to the
 * same page and passes. Refusals are logged as a count, at most once a minute, not a line each.
 */
public class LoginGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());
    /** The login form's button, present in every post of that form. */
    static final String LOGIN_BUTTON = "login:submit";
    private static final RefusalPage.Way BACK = new RefusalPage.Way("/login.xhtml", "error.loginBack");
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    @Inject
    private transient PasswordCheckSlots passwordChecks;

    @Inject
    private transient Settings settings;

    private final AtomicLong refusedSinceLastLine = new AtomicLong();
    private final AtomicLong lastLine = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && passwordChecks.isFull() && request.getParameter(LOGIN_BUTTON) != null) {
            counted();
            response.setHeader("Retry-After", String.valueOf(PasswordCheckSlots.RETRY_AFTER_SECONDS));
            RefusalPage.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.loginBusy", BACK, settings);
            return;
        }
        chain.doFilter(request, response);
    }

    private void counted() {
        refusedSinceLastLine.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLine.get();
        if (now - last >= LOG_EVERY_NANOS && lastLine.compareAndSet(last, now)) {
            long refused = refusedSinceLastLine.getAndSet(0);
            LOG.info(() -> refused + " login(s) asked to come back before their form was read, since the last such line:"
                    + " every password check slot and place to wait was taken");
        }
    }
}
