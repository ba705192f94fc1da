package org.evidencedesk.shared.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.evidencedesk.shared.config.RateLimit;

/**
 * Counts the requests of one client address to one route in fixed windows (so many per minute) and says when a
 * request is one too many. A fixed window lets a client send up to twice its limit across the turn of a window;
 * in exchange each request costs one row update, which matters for the public time-stamping authority.
 * <p>
 * Once a window is over its limit, every request until it ends is refused whatever the count: this node remembers
 * when the window ends and refuses until then without counting again. A client flooding {@code /tsa} past its limit
 * cost one row update per request (28,934 refusals in two minutes of the load benchmark), taking the database from the
 * pages; each node now counts it until the node sees the window full. At most {@value #REMEMBERED} windows are
 * remembered; past that (and once the ended ones are let go) a refusal is counted in the database as before.
 */
@ApplicationScoped
public class RateLimiter {

    static final int REMEMBERED = 10_000;

    @Inject
    private ThrottleCounters counters;

    @Inject
    private Clock clock;

    /** When each window known to be over its limit ends, by counter key. */
    private final ConcurrentMap<String, Instant> fullUntil = new ConcurrentHashMap<>();
    private final int remembered;

    protected RateLimiter() {
        this.remembered = REMEMBERED;
    }

    public RateLimiter(ThrottleCounters counters, Clock clock) {
        this(counters, clock, REMEMBERED);
    }

    RateLimiter(ThrottleCounters counters, Clock clock, int remembered) {
        this.counters = counters;
        this.clock = clock;
        this.remembered = remembered;
    }

    /** Counts this request; when it is over the limit, how long until the window ends and the client may retry. */
    public Optional<Duration> tooMany(String route, String address, RateLimit limit) {
        Instant now = clock.instant();
        String key = CounterKey.of("rate." + route, address);
        Instant full = fullUntil.get(key);
        if (full != null) {
            if (full.isAfter(now)) {
                return Optional.of(Duration.between(now, full));
            }
            fullUntil.remove(key, full);
        }
        ThrottleCounters.Count count = counters.hitInFixedWindow(key, limit.per(), now);
        if (count.hits() <= limit.requests()) {
            return Optional.empty();
        }
        remember(key, count.expires(), now);
        return Optional.of(Duration.between(now, count.expires()));
    }

    /** Remembers that {@code key}'s window is full until {@code end}, room permitting. */
    private void remember(String key, Instant end, Instant now) {
        if (fullUntil.size() >= remembered) {
            fullUntil.values().removeIf(until -> !until.isAfter(now));
            if (fullUntil.size() >= remembered) {
                return;
            }
        }
        fullUntil.put(key, end);
    }

    /** The value of a {@code Retry-After} header: whole seconds, rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
