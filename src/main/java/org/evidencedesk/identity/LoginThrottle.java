package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.evidencedesk.shared.throttle.CounterKey;
import org.evidencedesk.shared.throttle.ThrottleCounters;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Failed logins are counted three
 * ways, in counters every server node shares, each forgotten after a quiet quarter of an hour:
 * <ul>
 * <li>per account <em>and</em> address: after five failures that address waits before it may try that account
 * again, one minute doubling with each further failure up to fifteen. A guesser elsewhere only ever locks itself
 * out: the owner, at another address, is not slowed at all;</li>
 * <li>per address, across accounts: twenty failures and the address waits likewise, so one address cannot try a
 * password on every account in turn;</li>
 * <li>per account, across addresses: a ceiling of a hundred failures against a distributed attack, after which
 * each further failure holds the account for one minute only, never longer, so that at worst the owner waits a
 * minute; and never for an address that has logged in to the account in the last thirty days.</li>
 * </ul>
 * A refused attempt is not a failure: it is not counted, so waiting out a lock is enough.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int PAIR_FAILURES_ALLOWED = 5;
    static final int ADDRESS_FAILURES_ALLOWED = 20;
    static final int ACCOUNT_FAILURES_ALLOWED = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration ACCOUNT_LOCK = Duration.ofMinutes(1);
    static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(30);
    /** Usernames are at most 64 characters: a longer typed name is no account, and need not be kept whole. */
    private static final int USERNAME_KEPT = 64;

    private ThrottleCounters counters;
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(ThrottleCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** How long this address must still wait before it may try this username again, if at all. */
    public Optional<Duration> waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        Duration wait = max(lockRemaining(pairKey(account, address), PAIR_FAILURES_ALLOWED, now),
                lockRemaining(addressKey(address), ADDRESS_FAILURES_ALLOWED, now));
        if (!isKnown(account, address, now)) {
            wait = max(wait, accountLockRemaining(account, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        counters.hitUntilQuiet(pairKey(account, address), WINDOW, now);
        counters.hitUntilQuiet(addressKey(address), WINDOW, now);
        counters.hitUntilQuiet(CounterKey.of("login.account", account), WINDOW, now);
    }

    /** The owner got in: this address starts afresh for this account, and is known to it from now on. */
    public void recordSuccess(String username, String address) {
        String account = accountKey(username);
        counters.forget(pairKey(account, address));
        counters.hitUntilQuiet(knownKey(account, address), KNOWN_ADDRESS_KEPT, clock.instant());
    }

    private Duration lockRemaining(String key, int allowed, Instant now) {
        return counters.current(key, now)
                .filter(failures -> failures.hits() >= allowed)
                .map(failures -> remaining(failures.lastHit().plus(lockFor(failures.hits() - allowed)), now))
                .orElse(Duration.ZERO);
    }

    private Duration accountLockRemaining(String account, Instant now) {
        return counters.current(CounterKey.of("login.account", account), now)
                .filter(failures -> failures.hits() >= ACCOUNT_FAILURES_ALLOWED)
                .map(failures -> remaining(failures.lastHit().plus(ACCOUNT_LOCK), now))
                .orElse(Duration.ZERO);
    }

    private boolean isKnown(String account, String address, Instant now) {
        return counters.current(knownKey(account, address), now).isPresent();
    }

    /** One minute after the last allowed failure, doubling with each further failure, at most fifteen. */
    static Duration lockFor(int failuresBeyondAllowed) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failuresBeyondAllowed, 4));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static Duration remaining(Instant lockEnds, Instant now) {
        Duration remaining = Duration.between(now, lockEnds);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String account, String address) {
        return CounterKey.of("login.pair", account, address);
    }

    private static String addressKey(String address) {
        return CounterKey.of("login.address", address);
    }

    private static String knownKey(String account, String address) {
        return CounterKey.of("login.known", account, address);
    }

    private static String accountKey(String username) {
        String account = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return account.length() <= USERNAME_KEPT ? account : account.substring(0, USERNAME_KEPT);
    }
}
