package org.evidencedesk.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Decides which request errors get a trace file of their own. A failure that repeats on every request (the database
 * down while users keep clicking, a row this version cannot read) would otherwise write a file per request until the
 * disk is full. Within an interval, the first error of each kind gets its trace and later ones of the same kind refer to
 * it; and no more than {@code perInterval} traces are written in all, whatever the kinds. Every error still gets its
 * own reference and log line ({@link RequestErrors}).
 */
final class TraceBudget {

    /** What to do with one error's trace: write it, or refer to the trace of an earlier one (absent: none is written). */
    record Decision(boolean write, Optional<String> sameAs) {

        static Decision writeIt() {
            return new Decision(true, Optional.empty());
        }
    }

    private final int perInterval;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Map<String, String> tracedKinds = new HashMap<>();
    private long intervalStart;
    private int written;

    TraceBudget(int perInterval, Duration interval) {
        this(perInterval, interval, System::nanoTime);
    }

    TraceBudget(int perInterval, Duration interval, LongSupplier clock) {
        this.perInterval = perInterval;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
        this.intervalStart = clock.getAsLong() - intervalNanos;
    }

    /** Whether error {@code id}, of kind {@code kind}, gets a trace, or which earlier error's trace tells its story. */
    synchronized Decision decide(String kind, String id) {
        long now = clock.getAsLong();
        if (now - intervalStart >= intervalNanos) {
            intervalStart = now;
            written = 0;
            tracedKinds.clear();
        }
        String earlier = tracedKinds.get(kind);
        if (earlier != null) {
            return new Decision(false, Optional.of(earlier));
        }
        if (written >= perInterval) {
            return new Decision(false, Optional.empty());
        }
        written++;
        tracedKinds.put(kind, id);
        return Decision.writeIt();
    }

    int perInterval() {
        return perInterval;
    }
}
