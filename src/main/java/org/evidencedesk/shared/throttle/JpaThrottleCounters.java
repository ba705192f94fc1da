package org.evidencedesk.shared.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The counters in the application's database ({@link ThrottleCounterRows}), so that every node counts the same
 * requests. Expired rows are deleted at most once a minute per node, by whichever hit comes first after that
 * minute: no timer to schedule, and an idle server has nothing to clean.
 */
@ApplicationScoped
public class JpaThrottleCounters implements ThrottleCounters {

    private static final Logger LOG = Logger.getLogger(JpaThrottleCounters.class.getName());
    static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

    @Inject
    private ThrottleCounterRows rows;

    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.EPOCH);

    @Override
    public Count hitInFixedWindow(String key, Duration window, Instant now) {
        return counted(() -> rows.hitInFixedWindow(key, window, now), now);
    }

    @Override
    public Count hitUntilQuiet(String key, Duration quiet, Instant now) {
        return counted(() -> rows.hitUntilQuiet(key, quiet, now), now);
    }

    /** Counts a hit (a race to insert a new key is settled in its transaction: {@link ThrottleCounterRows}). */
    private Count counted(Supplier<Count> hit, Instant now) {
        Count count = hit.get();
        cleanUpIfDue(now);
        return count;
    }

    private void cleanUpIfDue(Instant now) {
        Instant last = lastCleanUp.get();
        if (last.plus(CLEAN_UP_EVERY).isBefore(now) && lastCleanUp.compareAndSet(last, now)) {
            int removed = rows.removeExpired(now);
            if (removed > 0) {
                LOG.fine(() -> "Removed " + removed + " expired throttle counters");
            }
        }
    }

    @Override
    public Optional<Count> current(String key, Instant now) {
        return rows.current(key, now);
    }

    @Override
    public void forget(String key) {
        rows.forget(key);
    }

    @Override
    public int removeExpired(Instant now) {
        return rows.removeExpired(now);
    }
}
