package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: repeated failed logins lock the account, and separately the client
 * address, for a while. Counts live in memory and are forgotten after a quiet window.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_FAILURES_ALLOWED = 5;
    static final int ADDRESS_FAILURES_ALLOWED = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this username or address must still wait before it may try again, if at all. */
    public Optional<Duration> waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(lockRemaining(byAccount, accountKey(username), ACCOUNT_FAILURES_ALLOWED, now),
                lockRemaining(byAddress, address, ADDRESS_FAILURES_ALLOWED, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        record(byAccount, accountKey(username), now);
        record(byAddress, address, now);
        forgetQuiet(now);
    }

    public void recordSuccess(String username) {
        byAccount.remove(accountKey(username));
    }

    private static void record(Map<String, Failures> failures, String key, Instant now) {
        failures.compute(key, (k, previous) -> previous == null || previous.isQuiet(now)
                ? new Failures(1, now)
                : new Failures(previous.count + 1, now));
    }

    private static Duration lockRemaining(Map<String, Failures> failures, String key, int allowed, Instant now) {
        Failures current = failures.get(key);
        if (current == null || current.count < allowed || current.isQuiet(now)) {
            return Duration.ZERO;
        }
        Duration lock = lockFor(current.count - allowed);
        Duration remaining = Duration.between(now, current.last.plus(lock));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** One minute after the last allowed failure, doubling with each further failure, at most fifteen. */
    static Duration lockFor(int failuresBeyondAllowed) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failuresBeyondAllowed, 4));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void forgetQuiet(Instant now) {
        byAccount.values().removeIf(failures -> failures.isQuiet(now));
        byAddress.values().removeIf(failures -> failures.isQuiet(now));
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
        boolean isQuiet(Instant now) {
            return last.plus(WINDOW).isBefore(now);
        }
    }
}
