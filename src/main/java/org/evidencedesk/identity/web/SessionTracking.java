package org.evidencedesk.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Keeps {@link LocalSessions} up to date with the container's sessions, and sees each request before login is
 * checked: a browser that comes back with the id of a session ended because its account changed gets a fresh
 * session carrying that notice, which the login page it is sent to then shows. When a request is over, the visitors'
 * sessions past their bound are ended ({@link LocalSessions}).
 */
@WebListener
public class SessionTracking implements HttpSessionListener, HttpSessionIdListener, ServletRequestListener {

    @Inject
    private LocalSessions sessions;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.started(event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.renamed(event.getSession(), oldSessionId);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.over(event.getSession());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        sessions.endVisitorsPastTheBound();
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            String requested = request.getRequestedSessionId();
            if (requested != null && sessions.wasEnded(requested) && !request.isRequestedSessionIdValid()) {
                EndedSessionNotice.leaveFor(request);
            }
        }
    }
}
