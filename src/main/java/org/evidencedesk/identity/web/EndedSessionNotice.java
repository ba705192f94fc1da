package org.evidencedesk.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Tells the login page that the browser's session was ended because its account changed: a mark in the fresh
 * session that follows, so that it survives the redirect to the login page and shows once.
 */
final class EndedSessionNotice {

    private static final String ATTRIBUTE = EndedSessionNotice.class.getName();

    private EndedSessionNotice() {
    }

    /** Starts a fresh session for the request, carrying the notice; call after the old one was invalidated. */
    static void leaveFor(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    /** Whether the session carries the notice; it is removed, so it shows once. */
    static boolean take(HttpSession session) {
        if (session == null || session.getAttribute(ATTRIBUTE) == null) {
            return false;
        }
        session.removeAttribute(ATTRIBUTE);
        return true;
    }
}
