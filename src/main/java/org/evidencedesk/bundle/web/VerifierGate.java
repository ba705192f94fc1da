package org.evidencedesk.bundle.web;

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
import org.evidencedesk.web.ProblemJson;
import org.evidencedesk.web.RefusalPage;
import org.evidencedesk.web.RequestLanguage;
import org.evidencedesk.web.UploadRoutes;

/**
 * Lets an upload to the public verifier in only with a free verification slot and a body within the verifier's
 * limit, and decides before the container reads a byte of it: the container spools a multipart body to disk as
 * soon as anything asks for a parameter. A refused visitor gets a page of its own (413, or 503 with
 * {@code Retry-After}) written here, not by Faces: Faces and Weld ask the original request for parameters, which
 * would read the very body being refused. The connection then closes rather than draining the unread body.
 * Declared in web.xml before {@code UploadGate}, which would otherwise read the whole upload before the slot is
 * asked for. The API's verifications ({@code POST /api/v1/verify}, {@code /api/v1/verify/file}) pass here too and
 * share the slots, with their raw body's limit ({@link UploadRoutes}) and the refusal as a problem.
 */
public class VerifierGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(VerifierGate.class.getName());
    /** Room for the multipart boundaries and the form's other fields. */
    static final long FORM_OVERHEAD = 1024 * 1024;
    private static final RefusalPage.Way BACK = new RefusalPage.Way("/verify.xhtml", "error.verifierBack");

    @Inject
    private transient Settings settings;

    @Inject
    private transient VerificationSlots slots;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = ProblemJson.isApiRequest(request);
        if (!(api ? isApiUpload(request) : isUpload(request))) {
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        long allowed = api ? UploadRoutes.rawBodyLimit(request, settings).orElseThrow()
                : settings.verifierBundleLimitBytes() + FORM_OVERHEAD;
        if (announced > allowed) {
            LOG.warning(() -> "Refused a verification upload of " + announced + " bytes (at most " + allowed + ") from "
                    + request.getRemoteAddr());
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, api ? "api.verify.tooLarge" : "error.verifierTooLarge",
                    allowed);
            return;
        }
        if (!slots.tryTake()) {
            LOG.info(() -> "Verifier busy: asked " + request.getRemoteAddr() + " to come back");
            response.setHeader("Retry-After", String.valueOf(VerificationSlots.RETRY_AFTER_SECONDS));
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, api ? "api.verify.busy" : "error.verifierBusy",
                    VerificationSlots.RETRY_AFTER_SECONDS);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    /**
     * The page for a person; for a program calling the API the problem, whose key takes the one {@code argument}. Either
     * way the connection closes, leaving the body unread.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key, long argument)
            throws IOException {
        if (!ProblemJson.isApiRequest(request)) {
            RefusalPage.send(request, response, status, key, BACK, settings);
            return;
        }
        response.setHeader("Connection", "close");
        ProblemJson.write(request, response, ProblemJson.of(status, key, new Object[]{argument}, RequestLanguage.of(request, settings)));
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The API's verifications take the raw body, whatever its type: every POST to them is one. */
    private boolean isApiUpload(HttpServletRequest request) {
        return UploadRoutes.rawBodyLimit(request, settings).isPresent();
    }
}
