package org.evidencedesk.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.evidencedesk.identity.TokenCaller;
import org.evidencedesk.identity.UserAccounts;

/**
 * Ends a session whose account changed after it logged in (disabled, other roles or court, a new password): the
 * session's {@link SessionStamp} must still match the account's session generation in the database. The
 * database is what every node shares, so a change made on one node ends the session at its next request on any
 * node; {@link LocalSessions} ends this node's sessions at once besides. An API call by token has no session and is
 * not checked here: its token is checked against the account on every call ({@link BearerTokenAuthentication}).
 * <p>
 * The cost is one read by primary key per request of a logged-in user, with no cache, and usually none here:
 * {@link SessionCallerAuthentication} read the account earlier in the request and marks a current session. A page
 * already runs several queries (the top bar alone reads the account), and a cache would let a session keep its
 * old rights on the other nodes for as long as an entry lived. Public static resources are not checked.
 * <p>
 * Mapped in web.xml right after RequestErrorFilter, ahead of every page and servlet; a failing check is an error
 * page, never a pass.
 */
public class StaleSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /**
     * Set by {@link SessionCallerAuthentication} to the caller's name when it applied the session in this request,
     * having read the account and found the stamp current: this filter then does not read it again.
     */
    static final String CURRENT_ATTRIBUTE = StaleSessionFilter.class.getName() + ".current";

    private static final Logger LOG = Logger.getLogger(StaleSessionFilter.class.getName());

    @Inject
    private transient UserAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || isStaticResource(request) || isByToken(request) || isCurrent(caller, request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Session of " + caller.getName() + " ended: the account changed after it logged in");
        end(request);
        sendToLogin(request, response);
    }

    private boolean isCurrent(Principal caller, HttpServletRequest request) {
        if (caller.getName().equals(request.getAttribute(CURRENT_ATTRIBUTE))) {
            return true;
        }
        return SessionStamp.in(request.getSession(false))
                .filter(stamp -> stamp.isOf(caller.getName()))
                .filter(stamp -> accounts.sessionGeneration(stamp.accountId()).equals(OptionalLong.of(stamp.generation())))
                .isPresent();
    }

    private static void end(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // LocalSessions ended it meanwhile.
            }
        }
        EndedSessionNotice.leaveFor(request);
    }

    /** A Faces ajax request is told in its own format; any other gets a plain redirect. */
    private static void sendToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"")
                    .append(login).append("\"/></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }

    /** An API call authenticated by its token, which was checked against the account in this very request: no session. */
    private static boolean isByToken(HttpServletRequest request) {
        return request.getAttribute(TokenCaller.REQUEST_ATTRIBUTE) != null;
    }

    /** A public static file of the pages (stylesheets, scripts, images): it needs no caller. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
