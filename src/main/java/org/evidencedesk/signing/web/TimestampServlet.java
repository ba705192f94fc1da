package org.evidencedesk.signing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.PublicTimestamps;

/**
 * The built-in time-stamping authority over HTTP (RFC 3161 section 3.4): a DER time-stamp query in, a
 * DER reply out, so that {@code openssl ts -query ... | curl --data-binary @- ...} works. Public, like
 * any TSA, so it answers with the public authority: its own certificate and policy, so that a token
 * anyone can have here never passes for an evidence token. A malformed query gets a rejection reply
 * from the authority, not an HTTP error.
 */
@WebServlet(urlPatterns = "/tsa", asyncSupported = true)
public class TimestampServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String QUERY = "application/timestamp-query";
    static final String REPLY = "application/timestamp-reply";
    /** A query is a digest, a nonce and a few identifiers: anything larger is not one. */
    static final int MAX_QUERY_BYTES = 16 * 1024;

    @Inject
    @PublicTimestamps
    private BouncyCastleTimestampAuthority authority;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith(QUERY)) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send " + QUERY);
            return;
        }
        if (request.getContentLengthLong() > MAX_QUERY_BYTES) {
            tooLarge(response);
            return;
        }
        byte[] query;
        try (InputStream in = request.getInputStream()) {
            query = in.readNBytes(MAX_QUERY_BYTES + 1);
        }
        if (query.length > MAX_QUERY_BYTES) {
            tooLarge(response);
            return;
        }
        byte[] reply = authority.respond(query);
        response.setContentType(REPLY);
        response.setContentLength(reply.length);
        response.getOutputStream().write(reply);
    }

    /**
     * Refuses a body over the limit, declared or counted (a chunked one has no length to check first). The
     * connection is closed after the answer: the rest of the body is never read, so the connection could not
     * carry another request, and the server does not spend time swallowing what the client still sends.
     */
    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "A time-stamp query is at most 16 KiB");
    }
}
