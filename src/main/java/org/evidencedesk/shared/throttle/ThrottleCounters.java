package org.evidencedesk.shared.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Named counters that expire, kept where every server node sees them: a limit counted in one JVM could be
 * beaten by spreading requests over the nodes, and a restart would forget it.
 */
public interface ThrottleCounters {

    /**
     * Counts one hit in a window of fixed length that starts with the first hit after the previous window
     * ended: what a rate limit of so many requests per minute needs.
     */
    Count hitInFixedWindow(String key, Duration window, Instant now);

    /**
     * Counts one hit; the count lives on until {@code quiet} has passed without another hit: what counting
     * failures until they stop for a while needs.
     */
    Count hitUntilQuiet(String key, Duration quiet, Instant now);

    /** The count of a key that has not expired. */
    Optional<Count> current(String key, Instant now);

    void forget(String key);

    /** Deletes expired counters; returns how many. */
    int removeExpired(Instant now);

    /** How many hits a key has had, the last one when, and when the count expires. */
    record Count(int hits, Instant lastHit, Instant expires) {
    }
}
