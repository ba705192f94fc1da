package org.evidencedesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.evidencedesk.bundle.web.VerifyPage;
import org.evidencedesk.shared.config.Settings;

/**
 * Refuses an upload that announces more bytes than its page accepts, before the container writes any of it
 * to disk: the container parses a multipart body into its own temporary file before the page sees it, and
 * the limit is a run-time setting that the static multipart configuration cannot carry. The page's own
 * checks still apply to what gets through (a body without a length, or one that lies about it).
 */
@WebFilter(filterName = "UploadSizeFilter", urlPatterns = {"/evidence/upload.xhtml", "/verify.xhtml"})
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadSizeFilter.class.getName());
    /** Room for the multipart boundaries and the form's other fields. */
    static final long FORM_OVERHEAD = 1024 * 1024;

    @Inject
    private transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long announced = request.getContentLengthLong();
        long allowed = allowedBytes(request.getServletPath(), settings.uploadLimitBytes());
        if (isMultipart(request) && announced > allowed) {
            LOG.warning(() -> "Refused an upload of " + announced + " bytes to " + request.getServletPath()
                    + " (at most " + allowed + ") from " + request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The evidence upload takes one file per request; the verifier a bundle, or a file with its token or signature. */
    static long allowedBytes(String path, long uploadLimit) {
        if ("/verify.xhtml".equals(path)) {
            return (VerifyPage.BUNDLE_LIMIT_FACTOR + 1) * uploadLimit + FORM_OVERHEAD;
        }
        return uploadLimit + FORM_OVERHEAD;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
