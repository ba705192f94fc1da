package org.evidencedesk.ruling.web;

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
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.Rulings;

/**
 * A ruling's signed PDF, {@code /rulings/ID.pdf}, for anyone who may see its case; anyone else gets 404,
 * as for a ruling that does not exist.
 */
@WebServlet(urlPatterns = "/rulings/*")
public class RulingPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.pdf");

    @Inject
    private Rulings rulings;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private BlobStore blobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches() || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Ruling ruling = rulings.byId(Long.parseLong(path.group(1))).orElse(null);
        try {
            if (ruling == null) {
                throw new CaseNotFoundException();
            }
            workflow.view(ruling.getCaseId(), request.getUserPrincipal().getName());
        } catch (CaseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"ruling-" + ruling.getId() + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(ruling.getPdfSize());
        try (InputStream in = blobs.open(ruling.getPdfSha256()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
