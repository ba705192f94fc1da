package org.evidencedesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.evidencedesk.shared.config.Settings;

/**
 * Marks the session cookie {@code Secure} when a trusted proxy ends HTTPS ({@link SecureTransport}): the
 * container cannot tell that such a request came over HTTPS, and browsers reach the application only through
 * the proxy. Served directly over HTTPS, the container marks the cookie {@code Secure} itself; over plain HTTP
 * (localhost, the tests) it stays without, or the browser would not send it back.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    private Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.proxyTrusted()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
