package org.evidencedesk.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;
import org.evidencedesk.shared.config.Settings;
import org.omnifaces.util.Servlets;

/**
 * Catches what escapes a page outside ajax (OmniFaces' handler takes ajax): an expired view goes to its
 * own page; a client that stalled mid-request gets 408 ({@link ClientStall}), logged in one line. Anything else is recorded
 * once with an id and the error page shows that id, never a trace (to an API call, a problem with that id).
 * A post that {@link PostChecks} stopped ({@link RefusedPost}: from another site, or without its page's script nonce)
 * is answered here too, once the Faces servlet has returned. Mapped in web.xml so that it wraps the Faces servlet.
 */
public class RequestErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestErrorFilter.class.getName());

    @Inject
    private RequestErrors errors;

    @Inject
    private Settings settings;

    @Inject
    private transient ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
            Optional<RefusedPost> refused = RefusedPost.of(request);
            if (refused.isPresent()) {
                refused.get().log(request, clientAddress.of(request));
                answerRefusedPost(request, response, refused.get());
            }
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (ClientStall.isCauseOf(e)) {
                stalled(request, response);
                return;
            }
            if (response.isCommitted()) {
                errors.record(request, e);
                return;
            }
            SecurityHeadersFilter.resetKeepingSecurityHeaders(response);
            if (RequestErrors.rootCause(e) instanceof ViewExpiredException) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                ErrorPageForward.show("/error/expired.xhtml", request, response);
                return;
            }
            String reference = errors.record(request, e);
            if (ProblemJson.isApiRequest(request)) {
                ProblemJson.write(request, response, ProblemJson.of(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "api.failed",
                        new Object[]{reference}, RequestLanguage.of(request, settings)));
                return;
            }
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            ErrorPageForward.show("/error/500.xhtml", request, response);
        }
    }

    /**
     * A post that {@link PostChecks} stopped before anything in it was done (logged by the caller): while nothing was
     * sent, its status with the page that says why; an ajax post is redirected to that page, since PrimeFaces' script
     * ignores an ajax answer that is not a partial response (and a redirect sent with an error status).
     */
    private static void answerRefusedPost(HttpServletRequest request, HttpServletResponse response, RefusedPost refused)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        // The buffer only: the security headers set before the page ran stay.
        response.resetBuffer();
        if (Servlets.isFacesAjaxRequest(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            Servlets.facesRedirect(request, response, request.getContextPath() + refused.page());
            return;
        }
        response.setStatus(refused.status());
        ErrorPageForward.show(refused.page(), request, response);
    }

    /**
     * The client stopped sending (or reading) mid-request: its doing, not a server error. One line in the log and, while
     * nothing has been sent, 408 with its page or problem; no trace is written.
     */
    private void stalled(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.warning(() -> "The client stalled on " + LogText.of(request.getMethod()) + " " + LogText.of(request.getRequestURI())
                + " from " + request.getRemoteAddr() + ": nothing arrived for the connector's timeout");
        if (!response.isCommitted()) {
            RefusalPage.send(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, settings);
        }
    }
}
