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
}
