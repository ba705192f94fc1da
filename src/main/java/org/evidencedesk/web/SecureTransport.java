package org.evidencedesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.evidencedesk.shared.config.Settings;

/**
 * Whether a request reached us over HTTPS: directly (the container's own TLS listener), or through a reverse
 * proxy that ended TLS and says so in {@code X-Forwarded-Proto}. That header is believed only when the setting
 * {@code evidencedesk.proxy.trusted} says a proxy that sets it stands in front: otherwise any client could send it.
 */
@ApplicationScoped
public class SecureTransport {

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Inject
    private Settings settings;

    public boolean isHttps(HttpServletRequest request) {
        return isHttps(request.isSecure(), request.getHeader(FORWARDED_PROTO), settings.proxyTrusted());
    }

    /** With a chain of proxies the first value is the one the browser used. */
    static boolean isHttps(boolean secure, String forwardedProto, boolean proxyTrusted) {
        if (secure) {
            return true;
        }
        if (!proxyTrusted || forwardedProto == null) {
            return false;
        }
        return forwardedProto.split(",")[0].trim().toLowerCase(Locale.ROOT).equals("https");
    }
}
