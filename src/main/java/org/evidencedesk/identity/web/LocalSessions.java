package org.evidencedesk.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.evidencedesk.identity.SessionsEnded;

/**
 * This node's sessions, so that an account change ends them at once rather than at their next request. The
 * database check ({@link StaleSessionFilter}) is what makes ending them correct across nodes; this frees their
 * state at once. The ids of the sessions it ends are remembered for as long as a session could have lived, so
 * that a browser that comes back with one is still told why ({@link SessionTracking}).
 */
@ApplicationScoped
public class LocalSessions {

    private static final Logger LOG = Logger.getLogger(LocalSessions.class.getName());

    private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();
    private final Map<String, Instant> endedUntil = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    @Inject
    private HttpServletRequest currentRequest;

    void started(HttpSession session) {
        byId.put(session.getId(), session);
    }

    void renamed(HttpSession session, String oldId) {
        byId.remove(oldId);
        byId.put(session.getId(), session);
    }

    void over(HttpSession session) {
        byId.remove(session.getId());
    }

    /**
     * Ends this node's sessions of the account that logged in before the change, once it has committed. When
     * owners changed their own password, the session they did it from takes the new generation and stays.
     */
    void end(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        if (ended.actingSessionStays()) {
            actingSession().ifPresent(session -> SessionStamp.in(session)
                    .filter(stamp -> stamp.isOf(ended.username()))
                    .ifPresent(stamp -> stamp.renewed(ended.sessionGeneration()).applyTo(session)));
        }
        for (HttpSession session : byId.values()) {
            SessionStamp.in(session)
                    .filter(stamp -> stamp.isOf(ended.username()) && stamp.generation() < ended.sessionGeneration())
                    .ifPresent(stamp -> invalidate(session));
        }
    }

    /** Whether the id is that of a session this node ended because its account changed; asked once. */
    boolean wasEnded(String sessionId) {
        Instant until = endedUntil.remove(sessionId);
        return until != null && until.isAfter(clock.instant());
    }

    private void invalidate(HttpSession session) {
        try {
            String id = session.getId();
            Duration lifetime = Duration.ofSeconds(Math.max(session.getMaxInactiveInterval(), 0));
            session.invalidate();
            remember(id, lifetime);
            LOG.info(() -> "Session " + id.substring(0, Math.min(6, id.length())) + "… ended: its account changed");
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile by its own request or by the container.
        }
    }

    private void remember(String id, Duration lifetime) {
        Instant now = clock.instant();
        endedUntil.values().removeIf(until -> !until.isAfter(now));
        endedUntil.put(id, now.plus(lifetime));
    }

    private Optional<HttpSession> actingSession() {
        try {
            return Optional.ofNullable(currentRequest.getSession(false));
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }
}
