package org.evidencedesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;

/**
 * The session's token for the plain forms that change state outside Faces (Faces postbacks carry their
 * server-side view state, which serves the same purpose). Pages put it in a hidden field with
 * {@code WEB-INF/includes/csrf-field.xhtml}; the servlet the form posts to checks it with {@link #accepts}
 * and answers a request without it with {@link #refuse}. Another site can make the browser post the form, but
 * cannot read the page that holds the token.
 */
@Named
@SessionScoped
public class CsrfToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfToken.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The name of the form field that carries it. */
    public static final String PARAMETER = "csrf";
    /** Set on a refused request, for the 403 page to say why. */
    public static final String REFUSED = "org.evidencedesk.web.csrfRefused";

    private String value;

    @PostConstruct
    void issue() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public String getValue() {
        return value;
    }

    /** Whether the presented value is this session's token, compared in constant time. */
    public boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** Answers 403 with the page that says why, having done nothing. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.warning(() -> "Refused " + LogText.of(request.getMethod()) + " " + LogText.of(request.getRequestURI()) + " by " + request.getRemoteUser()
                + " from " + request.getRemoteAddr() + ": no valid request token");
        request.setAttribute(REFUSED, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
