package org.evidencedesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Security headers on every response. PrimeFaces adds its own nonce-based {@code script-src} policy
 * (primefaces.CSP in web.xml); this second policy adds the rest, and a browser enforces both, so its
 * own script-src is deliberately wide: the nonce policy is the one that restricts scripts. A response
 * to a request that came over HTTPS also tells the browser to use nothing else for this host for a year
 * (HSTS); over plain HTTP browsers ignore that header, and it is not sent. Mapped in web.xml, first of all filters,
 * so that the answers of the gates after it (rate limits, the verifier's and the login's slots) carry them too.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** One year; without includeSubDomains, as other hosts of the court's domain are not ours to decide for. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The headers this filter sets. */
    private static final List<String> NAMES = List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security", "Cache-Control");

    @Inject
    private transient SecureTransport transport;

    /**
     * Clears {@code response} as {@link HttpServletResponse#reset()} does (status, headers, buffer), keeping the headers
     * this filter set: the refusal or error page written next carries them like every other answer. Of the content
     * policies only this filter's is kept; a page's script nonce policy belonged to the page being replaced. The headers
     * named in {@code alsoKept} are kept too (a refusal's {@code Retry-After}, set by the gate before the page).
     */
    public static void resetKeepingSecurityHeaders(HttpServletResponse response, String... alsoKept) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : Stream.concat(NAMES.stream(), Stream.of(alsoKept)).toList()) {
            kept.put(name, response.getHeaders(name).stream()
                    .filter(value -> !name.equals("Content-Security-Policy") || value.equals(POLICY))
                    .toList());
        }
        response.reset();
        kept.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (transport.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
