package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;
import org.primefaces.csp.CspException;

/**
 * Tells a post that did not come from the page served from an error of the server's. PrimeFaces gives each page a
 * script nonce, its script sends it back with every post ({@code primefaces.nonce}), and rendering a postback without
 * it, or with another, fails with a {@link CspException}. Only a client other than the page does that (a browser
 * with JavaScript off, a program, a forged form): the client's doing, answered 400 with a page that says so and counted
 * in the log ({@link ThrottledLog}: a line a minute at most), never recorded as a request error with a trace. An anonymous caller could otherwise write a trace file
 * per request, whatever the rate limit says, since the limit's own refusal is rendered on the login page too.
 * <p>
 * PrimeFaces checks the nonce only when it renders the answer, after the form's action ran: the page says that what
 * the form asked for may have been done. (The view state, not the nonce, is what ties a post to its page.)
 */
public final class NonceMismatch {

    /** The page that answers such a post (an ajax post is redirected to it). */
    public static final String PAGE = "/error/script.xhtml";
    private static final ThrottledLog LOG = new ThrottledLog(Logger.getLogger(NonceMismatch.class.getName()), Level.WARNING,
            Duration.ofMinutes(1));
    /** Set once the request's mismatch is logged: Faces may meet the check more than once in one request. */
    private static final String LOGGED = NonceMismatch.class.getName() + ".logged";

    private NonceMismatch() {
    }

    /** The nonce check's failure in {@code error}'s causes, if there is one. */
    public static Optional<CspException> in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CspException mismatch) {
                return Optional.of(mismatch);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code error} is, or was caused by, the nonce check failing. */
    public static boolean isCauseOf(Throwable error) {
        return in(error).isPresent();
    }

    /**
     * Counts a mismatch for the log: the first at once, then one line a minute at most, naming where the latest post
     * went, from where, PrimeFaces' words for it, and how many came since the line before.
     */
    public static void log(HttpServletRequest request, String address, CspException mismatch) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        LOG.note(() -> "A post to " + LogText.of(request.getRequestURI()) + " from " + LogText.of(address)
                + " did not carry its page's script nonce (" + LogText.of(mismatch.getMessage()) + "): refused as the client's error");
    }
}
