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
 * Reads every request's parameters as UTF-8 unless the request names another charset (declared in web.xml before
 * anything reads a parameter). Every page is UTF-8, and a browser posts a form in its page's charset without naming
 * it; only PrimeFaces' ajax names it. CDI's conversation filter reads a parameter before Faces sets the encoding, and
 * Payara then decodes the whole form as ISO-8859-1: a case title, a party's name or a token's name typed in Chinese
 * was stored garbled, and a login with a Chinese username failed. Faces then sets UTF-8 again on each page of a
 * logged-in user, too late, and Payara logged a warning for each; the request handed on takes a setting of the
 * charset it already has as no change, so the container is asked only for a real change.
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
