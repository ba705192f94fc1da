package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.evidencedesk.shared.throttle.MemoryThrottleCounters;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final LoginThrottle throttle = new LoginThrottle(new MemoryThrottleCounters(), clock);

    @Test
    void allowsAttemptsUpToTheLimitThenLocksThatAddressOutOfTheAccountForAMinute() {
        failTimes("clerk", "10.0.0.1", LoginThrottle.PAIR_FAILURES_ALLOWED - 1);
        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).isEmpty();

        throttle.recordFailure("clerk", "10.0.0.1");

        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.2")).isEmpty();
        assertThat(throttle.waitBeforeAttempt("judge", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAttackerElsewhereDoesNotLockTheOwnerOut() {
        failTimes("admin", "203.0.113.9", 50);

        assertThat(throttle.waitBeforeAttempt("admin", "10.0.0.1")).isEmpty();
        assertThat(throttle.waitBeforeAttempt("admin", "203.0.113.9")).isPresent();
    }

    @Test
    void oneFailureEveryQuarterHourFromElsewhereNeverLocksTheOwner() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("admin", "203.0.113.9");
            clock.advance(Duration.ofMinutes(14));
            assertThat(throttle.waitBeforeAttempt("admin", "10.0.0.1")).isEmpty();
        }
    }

    @Test
    void theLockEndsAndGrowsWithFurtherFailures() {
        failTimes("clerk", "10.0.0.1", LoginThrottle.PAIR_FAILURES_ALLOWED);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).isEmpty();

        throttle.recordFailure("clerk", "10.0.0.1");

        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).contains(Duration.ofMinutes(2));
    }

    @Test
    void usernamesAreComparedWithoutCase() {
        failTimes("Clerk ", "10.0.0.1", LoginThrottle.PAIR_FAILURES_ALLOWED);

        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).isPresent();
    }

    @Test
    void oneAddressGuessingManyAccountsIsLocked() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES_ALLOWED; i++) {
            throttle.recordFailure("user" + i, "10.0.0.66");
        }

        assertThat(throttle.waitBeforeAttempt("someone-new", "10.0.0.66")).isPresent();
        assertThat(throttle.waitBeforeAttempt("someone-new", "10.0.0.67")).isEmpty();
    }

    @Test
    void aDistributedAttackHoldsTheAccountForAMinuteAtMostAndNeverAtAKnownAddress() {
        throttle.recordSuccess("judge", "10.0.0.1");
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES_ALLOWED; i++) {
            throttle.recordFailure("judge", "198.51.100." + i);
        }

        assertThat(throttle.waitBeforeAttempt("judge", "10.0.0.2")).contains(LoginThrottle.ACCOUNT_LOCK);
        assertThat(throttle.waitBeforeAttempt("judge", "10.0.0.1")).isEmpty();
        clock.advance(LoginThrottle.ACCOUNT_LOCK.plusSeconds(1));
        assertThat(throttle.waitBeforeAttempt("judge", "10.0.0.2")).isEmpty();
    }

    @Test
    void successClearsTheCountOfThatAddress() {
        failTimes("clerk", "10.0.0.1", LoginThrottle.PAIR_FAILURES_ALLOWED - 1);

        throttle.recordSuccess("clerk", "10.0.0.1");
        throttle.recordFailure("clerk", "10.0.0.1");

        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuietWindow() {
        failTimes("clerk", "10.0.0.1", LoginThrottle.PAIR_FAILURES_ALLOWED - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        throttle.recordFailure("clerk", "10.0.0.1");

        assertThat(throttle.waitBeforeAttempt("clerk", "10.0.0.1")).isEmpty();
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        assertThat(LoginThrottle.lockFor(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockFor(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.lockFor(4)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockFor(40)).isEqualTo(Duration.ofMinutes(15));
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }
}
