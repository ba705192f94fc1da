package org.evidencedesk.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a job is due: every so often, first at start-up (the lapse timer), or once a day at a time of the court's day
 * (the nightly sweep), and if asked also whenever a node starts. Plain Java: the due times are computed from the instant given, never from a clock of its own.
 */
public final class JobSchedule {

    private final Duration period;
    private final LocalTime time;
    private final ZoneId zone;
    private final boolean atStart;

    private JobSchedule(Duration period, LocalTime time, ZoneId zone, boolean atStart) {
        this.period = period;
        this.time = time;
        this.zone = zone;
        this.atStart = atStart;
    }

    /** Due at start-up, then every {@code period} after each run began. */
    public static JobSchedule every(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A job's period must be positive: " + period);
        }
        return new JobSchedule(period, null, null, true);
    }

    /** Due every day at {@code time} in {@code zone}. */
    public static JobSchedule dailyAt(LocalTime time, ZoneId zone) {
        return new JobSchedule(null, Objects.requireNonNull(time, "time"), Objects.requireNonNull(zone, "zone"), false);
    }

    /** The same schedule, due also whenever a node starts (a clean-up after a crash, say), then as scheduled. */
    public JobSchedule alsoAtStart() {
        return new JobSchedule(period, time, zone, true);
    }

    /**
     * When the job is due, given a node starts at {@code now}: now for a periodic job or one due also at start, else
     * at its next time (a run missed while every node was down stays due: see {@link JobLedger#register}).
     */
    public Instant firstDue(Instant now) {
        return atStart ? now : nextAfter(now);
    }

    /** When the job is next due, given a run begins at {@code now}. */
    public Instant nextAfter(Instant now) {
        if (period != null) {
            return now.plus(period);
        }
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime today = here.toLocalDate().atTime(time).atZone(zone);
        return (today.isAfter(here) ? today : here.toLocalDate().plusDays(1).atTime(time).atZone(zone)).toInstant();
    }

    /**
     * How long past its due time a job may wait before it counts as having missed its schedule: long enough for two
     * of the scheduler's ticks on a loaded machine, never under two minutes, and five for a daily job.
     */
    public Duration grace() {
        if (period == null) {
            return Duration.ofMinutes(5);
        }
        Duration waited = JobScheduler.TICK.multipliedBy(2).plus(period.dividedBy(2));
        return waited.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : waited;
    }

    public Optional<Duration> period() {
        return Optional.ofNullable(period);
    }

    public Optional<LocalTime> dailyTime() {
        return Optional.ofNullable(time);
    }
}
