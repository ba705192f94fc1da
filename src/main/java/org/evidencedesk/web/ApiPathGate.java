package org.evidencedesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;

/**
 * Lets through to the API only addresses in their one written form, and answers every other spelling 404 before
 * anything else runs (mapped in web.xml right after the security headers). Jakarta REST matches leniently: it
 * routes {@code /api/v1/verify/} to the same operation as {@code /api/v1/verify}, while the gates before it (the
 * rate limit, the verifier's slots and bundle limit, the upload limits and the disk's reserve) are mapped to, or
 * match, the written form only. One spelling per operation keeps the gates and the API agreeing on what a call is.
 */
public class ApiPathGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiPathGate.class.getName());

    @Inject
    private transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isWrittenForm(path)) {
            LOG.fine(() -> "No such API address: " + path);
            ProblemJson.write(request, response, ProblemJson.of(HttpServletResponse.SC_NOT_FOUND, "api.notFound",
                    new Object[0], RequestLanguage.of(request, settings)));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a path as sent (not decoded) is an address in its written form: segments none of which is empty (a
     * trailing or a doubled slash), a dot segment, or carries parameters ({@code ;}), and no slash, backslash, dot or
     * semicolon written as an escape, which a decoder would turn into one of those.
     */
    static boolean isWrittenForm(String rawPath) {
        if (!rawPath.startsWith("/") || rawPath.indexOf(';') >= 0) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%3b")
                || rawPath.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
