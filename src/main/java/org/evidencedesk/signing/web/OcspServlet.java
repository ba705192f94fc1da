package org.evidencedesk.signing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.evidencedesk.signing.OcspResponder;

/**
 * The OCSP responder over HTTP (RFC 6960 appendix A.1): a DER request posted as {@code application/ocsp-request},
 * or base64 and URL-encoded after {@code /pki/ocsp/} in a GET; a DER {@code application/ocsp-response} back. A
 * request that cannot be read gets the OCSPResponse "malformedRequest", never an error page. Public: whoever holds
 * a certificate of this installation may ask about it, as often as the rate limit lets its address (asynchronous, so
 * that {@code RateLimitFilter} may answer a refused request after its pause).
 */
@WebServlet(urlPatterns = {"/pki/ocsp", "/pki/ocsp/*"}, asyncSupported = true)
public class OcspServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String REQUEST = "application/ocsp-request";
    static final String RESPONSE = "application/ocsp-response";
    /** A request names a few certificates by hashes and serials: anything larger is not one. */
    static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final String PREFIX = "/pki/ocsp/";

    @Inject
    private OcspResponder responder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(REQUEST)) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send " + REQUEST);
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (body.length > MAX_REQUEST_BYTES) {
            tooLarge(response);
            return;
        }
        answer(response, responder.respond(body));
    }

    /** Appendix A.1: GET {url}/{url-encoding of base-64 encoding of the DER encoding of the OCSPRequest}. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        int start = uri.indexOf(PREFIX);
        String encoded = start < 0 ? "" : uri.substring(start + PREFIX.length());
        if (encoded.length() > MAX_REQUEST_BYTES * 2) {
            tooLarge(response);
            return;
        }
        byte[] der;
        try {
            byte[] text = percentDecoded(encoded);
            // Base64 as the appendix says; its URL-safe alphabet as some clients send it.
            der = new String(text, StandardCharsets.US_ASCII).matches("[A-Za-z0-9_-]*=*")
                    ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            der = new byte[0]; // answered as a malformed request, like any other that cannot be read
        }
        answer(response, responder.respond(der));
    }

    /**
     * Undoes the URL encoding of the path, leaving '+' as it is: in base64 it is a digit, and clients that do not
     * encode it (many do not) mean exactly that.
     */
    static byte[] percentDecoded(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("Bad URL encoding");
                }
                out.write(high * 16 + low);
                i += 2;
            } else if (c == '%') {
                throw new IllegalArgumentException("Bad URL encoding");
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static void answer(HttpServletResponse response, byte[] body) throws IOException {
        response.setContentType(RESPONSE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** As for time-stamp queries: the rest of an oversized body is never read, so the connection is closed after the answer. */
    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "An OCSP request is at most 16 KiB");
    }
}
