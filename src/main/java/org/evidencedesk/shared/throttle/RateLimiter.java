package org.evidencedesk.shared.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.evidencedesk.shared.config.RateLimit;

/**
 * Counts the requests of one client address to one route in fixed windows (so many per minute) and says when a
 * request is one too many. A fixed window lets a client send up to twice its limit across the turn of a window;
 * in exchange each request costs one row update, which matters for the public time-stamping authority.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    private ThrottleCounters counters;

    @Inject
    private Clock clock;

    protected RateLimiter() {
    }

    public RateLimiter(ThrottleCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** Counts this request; when it is over the limit, how long until the window ends and the client may retry. */
    public Optional<Duration> tooMany(String route, String address, RateLimit limit) {
        Instant now = clock.instant();
        ThrottleCounters.Count count = counters.hitInFixedWindow(CounterKey.of("rate." + route, address), limit.per(), now);
        if (count.hits() <= limit.requests()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, count.expires()));
    }

    /** The value of a {@code Retry-After} header: whole seconds, rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
