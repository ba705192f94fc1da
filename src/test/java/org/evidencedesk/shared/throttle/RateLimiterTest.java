package org.evidencedesk.shared.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.evidencedesk.shared.config.RateLimit;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("UTC"));
    private final RateLimiter limiter = new RateLimiter(new MemoryThrottleCounters(), clock);
    private final RateLimit threePerMinute = RateLimit.parse("3/min").orElseThrow();

    @Test
    void admitsTheLimitThenSaysHowLongUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tooMany("/tsa", "10.0.0.1", threePerMinute)).isEmpty();
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(limiter.tooMany("/tsa", "10.0.0.1", threePerMinute)).contains(Duration.ofSeconds(30));
        assertThat(limiter.tooMany("/tsa", "10.0.0.2", threePerMinute)).isEmpty();
        assertThat(limiter.tooMany("/verify.xhtml", "10.0.0.1", threePerMinute)).isEmpty();
    }

    @Test
    void aFullWindowIsRefusedUntilItEndsWithoutCountingEachRequestAgain() {
        CountingCounters counted = new CountingCounters();
        RateLimiter remembering = new RateLimiter(counted, clock);
        for (int i = 0; i < 4; i++) {
            remembering.tooMany("/tsa", "10.0.0.1", threePerMinute);
        }
        assertThat(counted.hits).isEqualTo(4);

        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(500));
            assertThat(remembering.tooMany("/tsa", "10.0.0.1", threePerMinute)).as("refused " + i).isPresent();
        }
        assertThat(counted.hits).as("refusals counted again").isEqualTo(4);
        assertThat(remembering.tooMany("/tsa", "10.0.0.1", threePerMinute)).contains(Duration.ofSeconds(10));
        assertThat(remembering.tooMany("/tsa", "10.0.0.2", threePerMinute)).as("another address").isEmpty();

        clock.advance(Duration.ofSeconds(10));
        assertThat(remembering.tooMany("/tsa", "10.0.0.1", threePerMinute)).as("the next window").isEmpty();
        assertThat(counted.hits).isEqualTo(6);
    }

    @Test
    void pastTheWindowsItRemembersARefusalIsCountedAsBefore() {
        CountingCounters counted = new CountingCounters();
        RateLimiter remembering = new RateLimiter(counted, clock, 1);
        RateLimit one = RateLimit.parse("1/min").orElseThrow();
        for (String address : new String[]{"10.0.0.1", "10.0.0.2"}) {
            remembering.tooMany("/tsa", address, one);
            assertThat(remembering.tooMany("/tsa", address, one)).isPresent();
        }
        int before = counted.hits;

        assertThat(remembering.tooMany("/tsa", "10.0.0.1", one)).as("remembered").isPresent();
        assertThat(remembering.tooMany("/tsa", "10.0.0.2", one)).as("counted").isPresent();
        assertThat(counted.hits).isEqualTo(before + 1);

        clock.advance(Duration.ofMinutes(1));
        remembering.tooMany("/tsa", "10.0.0.3", one);
        remembering.tooMany("/tsa", "10.0.0.3", one);
        int afterEnd = counted.hits;
        assertThat(remembering.tooMany("/tsa", "10.0.0.3", one)).as("the ended window let go for it").isPresent();
        assertThat(counted.hits).isEqualTo(afterEnd);
    }

    @Test
    void aNewWindowStartsAfreshOnceTheLastHasEnded() {
        for (int i = 0; i < 5; i++) {
            limiter.tooMany("/tsa", "10.0.0.1", threePerMinute);
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(limiter.tooMany("/tsa", "10.0.0.1", threePerMinute)).isEmpty();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(RateLimiter.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(RateLimiter.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(Duration.ofSeconds(30))).isEqualTo(30);
    }

    @Test
    void limitsAreWrittenAsACountPerSecondMinuteOrHour() {
        assertThat(RateLimit.parse("120/min")).contains(new RateLimit(120, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse(" 5 / s ")).contains(new RateLimit(5, Duration.ofSeconds(1)));
        assertThat(RateLimit.parse("1000/h")).contains(new RateLimit(1000, Duration.ofHours(1)));
        assertThat(RateLimit.parse("0/min")).isEmpty();
        assertThat(RateLimit.parse("120")).isEmpty();
        assertThat(RateLimit.parse("-1/min")).isEmpty();
        assertThat(RateLimit.parse("99999999999/min")).isEmpty();
        assertThat(RateLimit.parse("10/day")).isEmpty();
    }

    /** The counters of {@link MemoryThrottleCounters}, counting how often a window is counted. */
    private static final class CountingCounters implements ThrottleCounters {

        private final MemoryThrottleCounters counters = new MemoryThrottleCounters();
        private int hits;

        @Override
        public Count hitInFixedWindow(String key, Duration window, Instant now) {
            hits++;
            return counters.hitInFixedWindow(key, window, now);
        }

        @Override
        public Count hitUntilQuiet(String key, Duration quiet, Instant now) {
            return counters.hitUntilQuiet(key, quiet, now);
        }

        @Override
        public java.util.Optional<Count> current(String key, Instant now) {
            return counters.current(key, now);
        }

        @Override
        public void forget(String key) {
            counters.forget(key);
        }

        @Override
        public int removeExpired(Instant now) {
            return counters.removeExpired(now);
        }
    }
}
