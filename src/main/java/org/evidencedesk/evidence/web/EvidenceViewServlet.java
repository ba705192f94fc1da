package org.evidencedesk.evidence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.shared.BusinessException;

/**
 * An item shown inside its page, {@code /evidence/view/ID}: PDF and images only, for view-only evidence that
 * may be seen but not handed out. Served inline, never cached, framed only by our own pages; access, the
 * undertaking and the custody log are handled by {@link EvidenceAccess}.
 */
@WebServlet(urlPatterns = "/evidence/view/*")
public class EvidenceViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})");

    @Inject
    private EvidenceAccess access;

    @Inject
    private BlobStore blobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches() || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceItem item;
        try {
            item = access.viewInline(Long.parseLong(path.group(1)), request.getUserPrincipal().getName()).item();
        } catch (CaseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(item.getMediaType());
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
                + " object-src 'self'; frame-ancestors 'self'");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(item.getSizeBytes());
        try (InputStream in = blobs.open(item.getSha256()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
