package org.evidencedesk.bundle.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.bundle.export.BundleDelivery;
import org.evidencedesk.bundle.export.BundleExports;
import org.evidencedesk.bundle.export.BundleSelection;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceStatus;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.web.CsrfToken;
import org.evidencedesk.web.Downloads;

/**
 * A case's evidence bundle, {@code /evidence/bundle/CASE_ID}, streamed as {@code <case number> evidence.asice}.
 * The export page's form posts here ({@code select} = all, side, status or hand, with {@code side},
 * {@code status} or {@code item} values) with the session's {@link CsrfToken}. An export writes to the case's
 * custody log (a checkpoint and {@code BUNDLE_EXPORTED}), so it is a state change: only a POST that carries the
 * token exports; a GET answers 405 and a POST without the token 403, and neither writes anything. The exact
 * length is sent ahead, so the browser's own download bar shows real progress; the custody entry is written
 * after the last byte.
 */
@WebServlet(urlPatterns = "/evidence/bundle/*")
public class BundleDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})");

    @Inject
    private BundleExports exports;

    @Inject
    private BundleDelivery delivery;

    @Inject
    private CsrfToken csrfToken;

    /** A link or a typed address must not export (and so write to the custody log): only the form's POST does. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Allow", "POST, OPTIONS");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches() || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!csrfToken.accepts(request.getParameter(CsrfToken.PARAMETER))) {
            CsrfToken.refuse(request, response);
            return;
        }
        long caseId = Long.parseLong(path.group(1));
        String username = request.getUserPrincipal().getName();
        BundleExports.PreparedExport export;
        try {
            export = exports.prepare(caseId, username, selection(request));
        } catch (CaseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException | IllegalArgumentException e) {
            String problem = e instanceof BusinessException business ? business.messageKey() : "bundle.badSelection";
            response.sendRedirect(request.getContextPath() + "/evidence/export.xhtml?case=" + caseId + "&problem=" + problem);
            return;
        }
        Downloads.attachment(response, BundleExports.MEDIA_TYPE, export.filename());
        response.setContentLengthLong(export.length());
        try (OutputStream out = response.getOutputStream()) {
            delivery.deliver(export, username, out);
        }
    }

    /** @throws IllegalArgumentException if the parameters name no selection, or no side, status or items that exist */
    static BundleSelection selection(HttpServletRequest request) {
        try {
            return parse(request);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("incomplete selection", e);
        }
    }

    private static BundleSelection parse(HttpServletRequest request) {
        String select = String.valueOf(request.getParameter("select"));
        return switch (select) {
            case "side" -> new BundleSelection(BundleSelection.Kind.SIDE, Side.valueOf(request.getParameter("side")), null, Set.of());
            case "status" -> new BundleSelection(BundleSelection.Kind.STATUS, null,
                    EvidenceStatus.valueOf(request.getParameter("status")), Set.of());
            case "hand" -> new BundleSelection(BundleSelection.Kind.HAND, null, null,
                    ids(request.getParameterValues("item"), request.getParameter("items")));
            case "all" -> BundleSelection.all();
            // The export page's form always names one of the four; anything else (or nothing) was not sent by it, and
            // exporting every item for it would answer a question nobody asked.
            default -> throw new IllegalArgumentException("no such selection: " + select);
        };
    }

    /**
     * The items chosen by hand: one {@code item} value each (a form's checkboxes), and {@code items}, the ids the export
     * page keeps as it pages, separated by commas (one field, however many: "select all" can choose 10,000).
     */
    private static Set<Long> ids(String[] values, String list) {
        Stream<String> each = values == null ? Stream.empty() : Arrays.stream(values);
        Stream<String> listed = list == null || list.isBlank() ? Stream.empty() : Arrays.stream(list.split(","));
        return Stream.concat(each, listed).map(String::strip).map(Long::valueOf).collect(Collectors.toSet());
    }
}
