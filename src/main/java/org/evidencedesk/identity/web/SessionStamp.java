package org.evidencedesk.identity.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.evidencedesk.identity.UserAccount;

/**
 * What a session remembers of the login that started it: whose account, and the account's session generation
 * at the time. {@link StaleSessionFilter} compares it with the database on every request.
 */
record SessionStamp(long accountId, String username, long generation) implements Serializable {

    static final String ATTRIBUTE = SessionStamp.class.getName();

    static SessionStamp of(UserAccount account) {
        return new SessionStamp(account.getId(), account.getUsername(), account.getSessionGeneration());
    }

    /** The stamp of a session, if it has one; none for a session that has just been invalidated. */
    static Optional<SessionStamp> in(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((SessionStamp) session.getAttribute(ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    void applyTo(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    SessionStamp renewed(long newGeneration) {
        return new SessionStamp(accountId, username, newGeneration);
    }

    boolean isOf(String caller) {
        return username.equals(caller);
    }
}
