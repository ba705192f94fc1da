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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.identity.SessionsEnded;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.web.ThrottledLog;

/**
 * This node's sessions, so that an account change ends them at once rather than at their next request. The
 * database check ({@link StaleSessionFilter}) is what makes ending them correct across nodes; this frees their
 * state at once. The ids of the sessions it ends are remembered for as long as a session could have lived, so
 * that a browser that comes back with one is still told why ({@link SessionTracking}).
 * <p>
 * It also bounds the sessions of visitors who have not logged in. Anyone may open the login page (or another public page
 * with a form), and each such page keeps its form's state in a new session: about 9 KB for the login page, and one
 * client asking for it without a cookie made 356 a second here, enough to fill a 1 GiB heap in minutes and hold it for
 * the half hour a session lives. Once {@code evidencedesk.sessions.anonymous} newer sessions have started on this
 * node, a session nobody logged in to is ended (its page, if sent later, meets the expired-page notice); a logged-in
 * session is never ended so.
 */
@ApplicationScoped
public class LocalSessions {

    private static final Logger LOG = Logger.getLogger(LocalSessions.class.getName());
    private static final ThrottledLog VISITORS_ENDED = new ThrottledLog(LOG, Level.INFO, Duration.ofMinutes(1));

    private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();
    private final Map<String, Instant> endedUntil = new ConcurrentHashMap<>();
    /** The ids of the sessions started last, oldest first: at most {@code evidencedesk.sessions.anonymous}. */
    private final Deque<String> startOrder = new ArrayDeque<>();
    /** The ids that fell out of {@link #startOrder}, to end once the request that pushed them out is over. */
    private final Deque<String> toEnd = new ArrayDeque<>();

    @Inject
    private Clock clock;

    @Inject
    private HttpServletRequest currentRequest;

    @Inject
    private Settings settings;

    void started(HttpSession session) {
        byId.put(session.getId(), session);
        synchronized (startOrder) {
            startOrder.addLast(session.getId());
            while (startOrder.size() > settings.anonymousSessions()) {
                toEnd.addLast(startOrder.pollFirst());
            }
        }
    }

    /**
     * Ends the visitors' sessions that fell out of the bound, once a request is over: ended while the container is
     * still creating another session, one made that request's own session creation fail.
     */
    void endVisitorsPastTheBound() {
        while (true) {
            String id;
            synchronized (startOrder) {
                id = toEnd.pollFirst();
            }
            if (id == null) {
                return;
            }
            endIfNobodyLoggedIn(id);
        }
    }

    /**
     * Ends the session of that id if it is still a visitor's: one that was renamed (as a login does) or has ended is
     * no longer found under it, and one with a {@link SessionStamp} is a logged-in user's.
     */
    private void endIfNobodyLoggedIn(String id) {
        HttpSession session = byId.get(id);
        if (session == null) {
            return;
        }
        try {
            if (SessionStamp.in(session).isEmpty()) {
                session.invalidate();
                VISITORS_ENDED.note(() -> "A session nobody had logged in to was ended: "
                        + settings.anonymousSessions() + " newer sessions had started (evidencedesk.sessions.anonymous)");
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile by its own request or by the container.
        }
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
