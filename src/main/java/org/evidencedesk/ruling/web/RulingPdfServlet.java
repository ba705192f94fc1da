package org.evidencedesk.ruling.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.evidencedesk.web.CaseResourceServlet;
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
 * A ruling's signed PDF, {@code /rulings/ID.pdf}, in its current version (with the archive time-stamps added since
 * it was issued), for anyone who may see its case; anyone else gets 404,
 * as for a ruling that does not exist.
 */
@WebServlet(urlPatterns = "/rulings/*")
public class RulingPdfServlet extends CaseResourceServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.pdf");

    @Inject
    private Rulings rulings;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private BlobStore blobs;

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected void serve(Matcher path, String username, HttpServletResponse response) throws IOException {
        Ruling ruling = rulings.byId(Long.parseLong(path.group(1))).orElseThrow(CaseNotFoundException::new);
        workflow.view(ruling.getCaseId(), username);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"ruling-" + ruling.getId() + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Rulings.PdfVersion pdf = rulings.currentPdf(ruling);
        response.setContentLengthLong(pdf.size());
        try (InputStream in = blobs.open(pdf.sha256()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
