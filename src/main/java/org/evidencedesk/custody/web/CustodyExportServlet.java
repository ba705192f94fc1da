package org.evidencedesk.custody.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.evidencedesk.web.CaseResourceServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;

/**
 * A case's whole custody chain as JSON lines ({@code /custody/ID.jsonl}), for the court: each line is an entry
 * with its previous hash and its own (the formats are described on {@code CustodyEntry}), every one whole, since
 * the court may see them all; so anyone can re-walk the chain and check each entry's details.
 */
@WebServlet(urlPatterns = "/custody/*")
public class CustodyExportServlet extends CaseResourceServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.jsonl");

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CustodyLog custody;

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected void serve(Matcher path, String username, HttpServletResponse response) throws IOException {
        long caseId = Long.parseLong(path.group(1));
        CaseView view = workflow.view(caseId, username);
        if (!view.actor().isCourtStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/jsonl; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"custody-" + caseId + ".jsonl\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            custody.exportJsonLines(view, out);
        }
    }
}
