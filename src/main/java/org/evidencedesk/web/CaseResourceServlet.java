package org.evidencedesk.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.shared.BusinessException;

/**
 * A file that belongs to a case, served by GET to a signed-in user. One rule for all of them: a path that is
 * not one of ours, or something the user may not see, answers 404 (as if it did not exist); a refusal the
 * user can understand (view-only evidence, an undertaking not yet accepted) answers 403. Nothing is sent
 * before access has been decided.
 * <p>
 * Only GET, and rightly: these servlets only read. The custody entries an evidence download or view writes
 * (DOWNLOADED, VIEWED) are the audit record of that read, not a change the user asks for, so a link may
 * trigger them; a change of state goes through a POST with a token (Faces view state, or {@link CsrfToken}).
 */
public abstract class CaseResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path after the servlet's mapping, with the groups {@link #serve} needs. */
    protected abstract Pattern path();

    /**
     * Serves the resource; throws {@link CaseNotFoundException} or {@link BusinessException} before writing
     * anything when the user may not have it.
     */
    protected abstract void serve(Matcher path, String username, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = path().matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches() || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            serve(path, request.getUserPrincipal().getName(), response);
        } catch (CaseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
