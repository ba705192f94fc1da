package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;

/**
 * A post to a stateless page that another site's page sent. A page with state is tied to its session by its view
 * state, which no other site can read; a stateless page (the login page, the error pages, the public pages a visitor
 * opens: their views are transient so that a visitor holds nothing on the server) has no such token. Without another
 * check a form on any site could post to the login page and log the visitor's browser in to the forger's account
 * (login CSRF), where what the victim then uploads goes to the forger.
 * <p>
 * Browsers say where a post comes from. {@code Sec-Fetch-Site} (fetch metadata) must be {@code same-origin} (or
 * {@code none}: the user's own doing); a browser that sends no fetch metadata sends {@code Origin} with every post,
 * and its host and port must be the ones the post was sent to ({@code Host}). A request with neither header is not a
 * browser's cross-site post (a program, which could as well send the form from anywhere), and goes on.
 * <p>
 * {@link PostChecks} asks this before anything in the post is decoded; a refused post is answered with 403 and a page
 * that says nothing was done ({@link #REFUSAL}). A refusal is counted in the log ({@link ThrottledLog}), never recorded
 * with a trace.
 */
public final class CrossSitePost {

    /** The page that answers such a post (an ajax post is redirected to it). */
    public static final String PAGE = "/error/cross-site.xhtml";
    private static final ThrottledLog LOG = new ThrottledLog(Logger.getLogger(CrossSitePost.class.getName()), Level.WARNING,
            Duration.ofMinutes(1));
    /** How such a post is answered and counted. */
    static final RefusedPost REFUSAL = new RefusedPost(HttpServletResponse.SC_FORBIDDEN, PAGE, CrossSitePost::log);

    private CrossSitePost() {
    }

    /** Whether {@code request}, a post, came from another site's page as far as its browser says. */
    static boolean isCrossSite(HttpServletRequest request) {
        return isCrossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), hostOf(request));
    }

    static boolean isCrossSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null) {
            return false;
        }
        return !authorityOf(origin).equalsIgnoreCase(withoutDefaultPort(host, schemeOf(origin)));
    }

    /** Counts a refusal for the log: the first at once, then a line a minute at most. */
    private static void log(HttpServletRequest request, String address) {
        LOG.note(() -> "A post to " + LogText.of(request.getRequestURI()) + " from " + LogText.of(address)
                + " was sent by another site's page (Sec-Fetch-Site " + LogText.of(String.valueOf(request.getHeader("Sec-Fetch-Site")))
                + ", Origin " + LogText.of(String.valueOf(request.getHeader("Origin"))) + "): refused before anything in it was done");
    }

    private static String hostOf(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null ? host : request.getServerName() + ":" + request.getServerPort();
    }

    /** {@code host[:port]} of an origin, the port only when it is not its scheme's own; "" for "null" or garbage. */
    private static String authorityOf(String origin) {
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null) {
                return "";
            }
            String host = uri.getHost();
            return uri.getPort() == -1 ? host : withoutDefaultPort(host + ":" + uri.getPort(), uri.getScheme());
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String schemeOf(String origin) {
        int colon = origin.indexOf(':');
        return colon < 0 ? "" : origin.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    private static String withoutDefaultPort(String authority, String scheme) {
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : "http".equalsIgnoreCase(scheme) ? ":80" : null;
        return defaultPort != null && authority.endsWith(defaultPort)
                ? authority.substring(0, authority.length() - defaultPort.length())
                : authority;
    }
}
