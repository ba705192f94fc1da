package org.evidencedesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.evidencedesk.shared.config.Settings;

/**
 * The address a request came from, as rate limits and the login throttle count it: the connection's peer, or,
 * when {@code evidencedesk.proxy.trusted} says a reverse proxy stands in front, the address that proxy put last in
 * {@code X-Forwarded-For}. Only the last entry is the proxy's own: the ones before it are whatever the client
 * sent, and believing them would let a client pick a fresh address for every request.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    /** The longest textual IPv6 address with a zone is well under this; anything longer is not an address. */
    static final int MAX_LENGTH = 64;

    @Inject
    private Settings settings;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR), settings.proxyTrusted());
    }

    static String of(String peer, String forwardedFor, boolean proxyTrusted) {
        if (!proxyTrusted || forwardedFor == null) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops.length == 0 ? "" : hops[hops.length - 1].trim();
        if (last.isEmpty()) {
            return peer;
        }
        return last.length() <= MAX_LENGTH ? last : last.substring(0, MAX_LENGTH);
    }
}
