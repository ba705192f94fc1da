package org.evidencedesk.bundle.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;

/**
 * Lets an upload to the public verifier in only with a free verification slot and a body within the verifier's
 * limit, and decides before the container reads a byte of it: the container spools a multipart body to disk as
 * soon as anything asks for a parameter. A refused visitor gets a page of its own (413, or 503 with
 * {@code Retry-After}), rendered as a plain GET so that rendering it reads nothing either, and the connection
 * closes rather than draining the unread body.
 */
@WebFilter(filterName = "VerifierGate", urlPatterns = "/verify.xhtml")
public class VerifierGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(VerifierGate.class.getName());
    /** Room for the multipart boundaries and the form's other fields. */
    static final long FORM_OVERHEAD = 1024 * 1024;
    static final String BUSY_PAGE = "/error/verifier-busy.xhtml";
    static final String TOO_LARGE_PAGE = "/error/verifier-too-large.xhtml";

    @Inject
    private transient Settings settings;

    @Inject
    private transient VerificationSlots slots;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        long allowed = settings.verifierBundleLimitBytes() + FORM_OVERHEAD;
        if (announced > allowed) {
            LOG.warning(() -> "Refused a verification upload of " + announced + " bytes (at most " + allowed + ") from "
                    + request.getRemoteAddr());
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_PAGE);
            return;
        }
        if (!slots.tryTake()) {
            LOG.info(() -> "Verifier busy: asked " + request.getRemoteAddr() + " to come back");
            response.setHeader("Retry-After", String.valueOf(VerificationSlots.RETRY_AFTER_SECONDS));
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, BUSY_PAGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String page)
            throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        request.getRequestDispatcher(page).forward(new WithoutBody(request), response);
    }

    /** The request as a GET with no body and no parameters, so that nothing downstream reads what was sent. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
