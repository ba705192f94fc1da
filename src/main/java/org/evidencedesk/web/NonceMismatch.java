package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;
import org.primefaces.csp.CspException;

/**
 * A post that did not carry its page's script nonce. PrimeFaces gives each page a script nonce and its script sends it
 * back with every post ({@code primefaces.nonce}); only a client other than the page leaves it out or sends another
 * (a browser with JavaScript off, a program, a forged form). {@link PostChecks} finds such a post before anything in it
 * is done; it is answered with 400 and a page that says so, or, to an ajax post, a redirect to that page
 * ({@link #refusal}). It is the client's doing, counted in the log ({@link ThrottledLog}: a line a minute
 * at most) and never recorded as a request error with a trace, which an anonymous caller could otherwise have written
 * per request whatever the rate limit says.
 * <p>
 * The nonce is not what ties a post to its page or session (the view state and the session cookie are); refusing
 * such posts early keeps a form sent without the page from doing anything at all, a login's password check included.
 */
public final class NonceMismatch {

    /** The page that answers such a post (an ajax post is redirected to it). */
    public static final String PAGE = "/error/script.xhtml";
    private static final ThrottledLog LOG = new ThrottledLog(Logger.getLogger(NonceMismatch.class.getName()), Level.WARNING,
            Duration.ofMinutes(1));

    private NonceMismatch() {
    }

    /** How a post refused for {@code mismatch} is answered and counted. */
    static RefusedPost refusal(CspException mismatch) {
        return new RefusedPost(HttpServletResponse.SC_BAD_REQUEST, PAGE, (request, address) -> log(request, address, mismatch));
    }

    /**
     * Counts a refusal for the log: the first at once, then one line a minute at most, naming where the latest post
     * went, from where, PrimeFaces' words for it, and how many came since the line before.
     */
    private static void log(HttpServletRequest request, String address, CspException mismatch) {
        LOG.note(() -> "A post to " + LogText.of(request.getRequestURI()) + " from " + LogText.of(address)
                + " did not carry its page's script nonce (" + LogText.of(mismatch.getMessage())
                + "): refused before anything in it was done, as the client's error");
    }
}
