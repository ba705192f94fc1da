package org.evidencedesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.evidencedesk.shared.config.RateLimit;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.throttle.RateLimiter;

/**
 * Limits how often one client address may use the public services that cost the server work: time-stamp queries
 * to {@code /tsa}, requests to the OCSP responder {@code /pki/ocsp} (GET and POST alike: one it can read costs
 * lookups and a signature), and verifications (posts) on {@code /verify.xhtml} and the API's {@code /api/v1/verify}.
 * Opening the verifier page is not limited: it is a page like any other. Each service has its own allowance. Past the
 * limit the answer is 429 with {@code Retry-After}, before the body is read: plain text for the authority's and the
 * responder's programs, the friendly page for the verifier's people. The login form counts its attempts itself
 * (LoginPage), so that it can say so on the form. The authority's and the responder's limits can be switched off
 * ({@code evidencedesk.ratelimit.tsa=off}, {@code evidencedesk.ratelimit.ocsp=off}); the verifier's cannot. Their 429
 * comes after a pause ({@code evidencedesk.ratelimit.tsa.pause}, {@link SlowRefusals}): their clients are programs,
 * and one that ignores Retry-After otherwise asks again as fast as it is refused. Mapped in web.xml, first of all
 * filters, to {@link #TSA}, {@link #OCSP} (as {@code /pki/ocsp/*}, which matches it too), {@link #VERIFY},
 * {@link #API_VERIFY} and {@link #API_VERIFY_FILE}: only then may it go asynchronous.
 */
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TSA = "/tsa";
    /** The servlet path of {@code /pki/ocsp} and of {@code /pki/ocsp/*} (a GET's request in the path). */
    static final String OCSP = "/pki/ocsp";
    static final String VERIFY = "/verify.xhtml";
    static final String API_VERIFY = "/api/v1/verify";
    static final String API_VERIFY_FILE = "/api/v1/verify/file";
    /** The request attribute the 429 page reads the wait from. */
    public static final String RETRY_AFTER_ATTRIBUTE = "evidencedesk.retryAfterSeconds";
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private transient RateLimiter limiter;

    @Inject
    private transient ClientAddress clientAddress;

    @Inject
    private transient Settings settings;

    @Inject
    private transient SlowRefusals slowRefusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean ocsp = OCSP.equals(request.getServletPath());
        if (!ocsp && !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // The API's verifications count with the page's: one address has one allowance, however it asks.
        String route = ocsp ? OCSP : TSA.equals(request.getServletPath()) ? TSA : VERIFY;
        Optional<RateLimit> configured = switch (route) {
            case TSA -> settings.tsaRateLimit();
            case OCSP -> settings.ocspRateLimit();
            default -> Optional.of(settings.verifyRateLimit());
        };
        if (configured.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RateLimit limit = configured.get();
        Optional<Duration> wait = limiter.tooMany(route, clientAddress.of(request), limit);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = RateLimiter.retryAfterSeconds(wait.get());
        if (!VERIFY.equals(route)) {
            String what = ocsp ? "OCSP requests" : "time-stamp queries";
            byte[] text = ("Too many " + what + " from this address (at most " + limit + "): retry after " + seconds
                    + " seconds.\n").getBytes(StandardCharsets.UTF_8);
            slowRefusals.answer(ocsp ? SlowRefusals.Route.OCSP : SlowRefusals.Route.TSA, request, response, settings.tsaRefusalPause(),
                    late -> {
                        refuse(late, seconds);
                        late.setContentType("text/plain;charset=UTF-8");
                        late.getOutputStream().write(text);
                    });
            return;
        }
        refuse(response, seconds);
        if (ProblemJson.isApiRequest(request)) {
            ProblemJson.write(request, response, ProblemJson.of(TOO_MANY_REQUESTS, "api.verify.rateLimited", new Object[]{seconds},
                    RequestLanguage.of(request, settings)));
            return;
        }
        request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
        ErrorPageForward.show("/error/429.xhtml", request, response);
    }

    private static void refuse(HttpServletResponse response, long retryAfterSeconds) {
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        // The body is left unread: the container closes the connection rather than take it in.
        response.setHeader("Connection", "close");
    }
}
