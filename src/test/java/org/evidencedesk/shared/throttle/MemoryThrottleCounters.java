package org.evidencedesk.shared.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counters' rules of {@link ThrottleCounterRows} (the same update, row by row) kept in a map, for unit tests
 * of the rules built on them; {@code ThrottleWebIT} exercises the database rows themselves.
 */
public final class MemoryThrottleCounters implements ThrottleCounters {

    private final Map<String, Count> counts = new HashMap<>();

    @Override
    public synchronized Count hitInFixedWindow(String key, Duration window, Instant now) {
        Count previous = counts.get(key);
        Count next = previous == null || !previous.expires().isAfter(now)
                ? new Count(1, now, now.plus(window))
                : new Count(previous.hits() + 1, now, previous.expires());
        counts.put(key, next);
        return next;
    }

    @Override
    public synchronized Count hitUntilQuiet(String key, Duration quiet, Instant now) {
        Count previous = counts.get(key);
        int hits = previous == null || !previous.expires().isAfter(now) ? 1 : previous.hits() + 1;
        Count next = new Count(hits, now, now.plus(quiet));
        counts.put(key, next);
        return next;
    }

    @Override
    public synchronized Optional<Count> current(String key, Instant now) {
        return Optional.ofNullable(counts.get(key)).filter(count -> count.expires().isAfter(now));
    }

    @Override
    public synchronized void forget(String key) {
        counts.remove(key);
    }

    @Override
    public synchronized int removeExpired(Instant now) {
        int before = counts.size();
        counts.values().removeIf(count -> !count.expires().isAfter(now));
        return before - counts.size();
    }
}
