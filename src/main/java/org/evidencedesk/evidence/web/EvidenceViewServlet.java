package org.evidencedesk.evidence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.evidence.EvidenceViewer;
import org.evidencedesk.evidence.RenderingBusyException;
import org.evidencedesk.web.CaseResourceServlet;

/**
 * One page of an item as a watermarked PNG image, {@code /evidence/view/ID/page/N} (from 1): how evidence
 * that may only be viewed is seen, never as its original bytes. Never cached. A page the item does not have
 * answers 404; an item not shown in the browser, or whose undertaking is not yet accepted, 403. Access, the
 * undertaking and the custody log are handled by {@link EvidenceViewer}.
 */
@WebServlet(urlPatterns = "/evidence/view/*")
public class EvidenceViewServlet extends CaseResourceServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/page/(\\d{1,6})");

    @Inject
    private EvidenceViewer viewer;

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected void serve(Matcher path, String username, HttpServletResponse response) throws IOException {
        int number = Integer.parseInt(path.group(2));
        byte[] page;
        try {
            page = viewer.page(Long.parseLong(path.group(1)), username, number).orElseThrow(CaseNotFoundException::new);
        } catch (RenderingBusyException e) {
            response.setHeader("Retry-After", "10");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
