package org.evidencedesk.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When jobs are due, and when a job counts as having missed its schedule. */
class JobScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aPeriodicJobIsDueAtStartAndThenAPeriodAfterEachRunBegan() {
        JobSchedule everyMinute = JobSchedule.every(Duration.ofMinutes(1));
        Instant now = Instant.parse("2026-03-02T10:00:07Z");

        assertThat(everyMinute.firstDue(now)).isEqualTo(now);
        assertThat(everyMinute.nextAfter(now)).isEqualTo(Instant.parse("2026-03-02T10:01:07Z"));
        assertThatThrownBy(() -> JobSchedule.every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDailyJobIsDueAtItsTimeOfTheCourtsDayTodayIfStillAheadElseTomorrow() {
        JobSchedule nightly = JobSchedule.dailyAt(LocalTime.of(3, 0), SHANGHAI);

        // 18:59 UTC is 02:59 in Shanghai: today's 03:00 is a minute away.
        assertThat(nightly.firstDue(Instant.parse("2026-03-02T18:59:00Z"))).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        // A run that begins at 03:00 exactly is next due tomorrow, never again today.
        assertThat(nightly.nextAfter(Instant.parse("2026-03-02T19:00:00Z"))).isEqualTo(Instant.parse("2026-03-03T19:00:00Z"));
        assertThat(nightly.nextAfter(Instant.parse("2026-03-02T19:00:01Z"))).isEqualTo(Instant.parse("2026-03-03T19:00:00Z"));
        assertThat(nightly.dailyTime()).contains(LocalTime.of(3, 0));
        assertThat(nightly.period()).isEmpty();
    }

    @Test
    void aDailyJobDueAlsoAtStartIsDueWhenTheNodeStartsThenAtItsTime() {
        JobSchedule cleaner = JobSchedule.dailyAt(LocalTime.of(4, 0), SHANGHAI).alsoAtStart();
        Instant start = Instant.parse("2026-03-02T10:00:00Z");

        assertThat(cleaner.firstDue(start)).isEqualTo(start);
        assertThat(cleaner.nextAfter(start)).isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
    }

    @Test
    void aJobHasMissedItsScheduleOnlyOnceItsGraceIsSpent() {
        JobSchedule everyMinute = JobSchedule.every(Duration.ofMinutes(1));
        Instant due = Instant.parse("2026-03-02T10:00:00Z");
        JobRecord record = new JobRecord("lapse", due, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(record.missedSchedule(due.plus(everyMinute.grace()), everyMinute.grace())).isFalse();
        assertThat(record.missedSchedule(due.plus(everyMinute.grace()).plusSeconds(1), everyMinute.grace())).isTrue();
        assertThat(everyMinute.grace()).isEqualTo(Duration.ofMinutes(2));
        assertThat(JobSchedule.every(Duration.ofHours(1)).grace()).isEqualTo(Duration.ofMinutes(30).plus(JobScheduler.TICK.multipliedBy(2)));
        assertThat(JobSchedule.dailyAt(LocalTime.NOON, SHANGHAI).grace()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theLastRunFailedWhenItsFailureIsLaterThanItsLastSuccess() {
        Instant earlier = Instant.parse("2026-03-02T10:00:00Z");
        Instant later = earlier.plusSeconds(60);

        assertThat(record(Optional.of(earlier), Optional.of(later)).lastRunFailed()).isTrue();
        assertThat(record(Optional.of(later), Optional.of(earlier)).lastRunFailed()).isFalse();
        assertThat(record(Optional.empty(), Optional.of(earlier)).lastRunFailed()).isTrue();
        assertThat(record(Optional.of(earlier), Optional.empty()).lastRunFailed()).isFalse();
    }

    @Test
    void aFailureIsDescribedWithItsCausesOnOneLine() {
        Exception failure = new IllegalStateException("Checkpoints failed for 1 of 3 intact chain(s): case 4",
                new RuntimeException("Timeout trying to lock table"));

        assertThat(JobScheduler.describe(failure)).isEqualTo("IllegalStateException: Checkpoints failed for 1 of 3 intact"
                + " chain(s): case 4 ← RuntimeException: Timeout trying to lock table");
    }

    private static JobRecord record(Optional<Instant> success, Optional<Instant> failure) {
        return new JobRecord("sweep", Instant.EPOCH, Optional.empty(), Optional.empty(), success, failure, Optional.empty());
    }
}
