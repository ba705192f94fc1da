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
import org.evidencedesk.ruling.RulingDocuments;

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
    private RulingDocuments documents;

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected void serve(Matcher path, String username, HttpServletResponse response) throws IOException {
        RulingDocuments.Pdf pdf = documents.pdf(Long.parseLong(path.group(1)), username);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(pdf.version().size());
        try (InputStream in = documents.open(pdf); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
