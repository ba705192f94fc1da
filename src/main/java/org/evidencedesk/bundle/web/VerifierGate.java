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
import org.evidencedesk.web.RefusalPage;

/**
 * Lets an upload to the public verifier in only with a free verification slot and a body within the verifier's
 * limit, and decides before the container reads a byte of it: the container spools a multipart body to disk as
 * soon as anything asks for a parameter. A refused visitor gets a page of its own (413, or 503 with
 * {@code Retry-After}) written here, not by Faces: Faces and Weld ask the original request for parameters, which
 * would read the very body being refused. The connection then closes rather than draining the unread body.
 * Declared in web.xml before {@code UploadGate}, which would otherwise read the whole upload before the slot is
 * asked for.
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
        if (!isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        long allowed = settings.verifierBundleLimitBytes() + FORM_OVERHEAD;
        if (announced > allowed) {
            LOG.warning(() -> "Refused a verification upload of " + announced + " bytes (at most " + allowed + ") from "
                    + request.getRemoteAddr());
            RefusalPage.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.verifierTooLarge", BACK, settings);
            return;
        }
        if (!slots.tryTake()) {
            LOG.info(() -> "Verifier busy: asked " + request.getRemoteAddr() + " to come back");
            response.setHeader("Retry-After", String.valueOf(VerificationSlots.RETRY_AFTER_SECONDS));
            RefusalPage.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.verifierBusy", BACK, settings);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
