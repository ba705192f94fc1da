package org.evidencedesk.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Holds a session whose account must change its password (the bootstrap administrator with a generated one, see
 * BootstrapAdministrator) on the account page until it has: every other page redirects there. The page itself
 * (where the logout button posts too), the login and error pages, static resources and health stay reachable.
 * The mark is put in the session at login from the account's column and taken away when the password changes.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ACCOUNT_PAGE = "/account";
    static final String REQUIRED = "evidencedesk.passwordChangeRequired";
    private static final Set<String> REACHABLE = Set.of("/account.xhtml", "/login.xhtml", "/health");
    private static final Set<String> REACHABLE_FOLDERS = Set.of("/error/", "/jakarta.faces.resource/", "/resources/", "/health/");

    /** Marks the session as held until the password changes. */
    static void require(HttpSession session) {
        session.setAttribute(REQUIRED, Boolean.TRUE);
    }

    /** The password changed: the session may go anywhere again. */
    static void release(HttpSession session) {
        if (session != null) {
            session.removeAttribute(REQUIRED);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isHeld(request.getSession(false)) || isReachable(pathOf(request))) {
            chain.doFilter(request, response);
            return;
        }
        String account = request.getContextPath() + ACCOUNT_PAGE + ".xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"")
                    .append(account).append("\"/></partial-response>");
            return;
        }
        response.sendRedirect(account);
    }

    private static boolean isHeld(HttpSession session) {
        try {
            return session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED));
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    static boolean isReachable(String path) {
        return REACHABLE.contains(path) || REACHABLE_FOLDERS.stream().anyMatch(path::startsWith);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
