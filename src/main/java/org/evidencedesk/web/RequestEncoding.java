package org.evidencedesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Reads a request that names no charset as UTF-8, the charset of every page: a browser names none when it posts a form,
 * and CDI's conversation filter reads a parameter before Faces would set it (operations.md, "Request bodies and
 * limits"). The request handed on takes setting the charset it already has as no change, since Payara logs a warning
 * for any setting once the parameters are read, and Faces sets it again on every page of a logged-in user.
 */
public class RequestEncoding extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        chain.doFilter(new Settled(request), response);
    }

    /** A request whose charset is settled: setting the same charset again does not reach the container. */
    static final class Settled extends HttpServletRequestWrapper {

        Settled(HttpServletRequest request) {
            super(request);
        }

        @Override
        public void setCharacterEncoding(String encoding) throws UnsupportedEncodingException {
            if (!sameCharset(getCharacterEncoding(), encoding)) {
                super.setCharacterEncoding(encoding);
            }
        }

        private static boolean sameCharset(String current, String requested) {
            if (current == null || requested == null) {
                return false;
            }
            try {
                return Charset.forName(current).equals(Charset.forName(requested));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return false;
            }
        }
    }
}
