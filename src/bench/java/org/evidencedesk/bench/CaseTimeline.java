package org.evidencedesk.bench;

import static org.evidencedesk.dispute.CaseStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.random.RandomGenerator;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.bench.SyntheticCase.CaseDates;

/**
 * When a generated case reached each step of its life. The steps are laid out as days after filing,
 * with gaps like the statutory periods, and the filing day is then chosen so that the last step lies in
 * the past (a scheduled hearing or an open period may still lie ahead, as in real files).
 */
final class CaseTimeline {

    /** The main road of a case; other states branch off it (see {@link #reachedOnRoad}). */
    static final List<CaseStatus> ROAD = List.of(SUBMITTED, ACCEPTED, SERVED, ANSWER_PERIOD, EVIDENCE_PERIOD,
            EVIDENCE_EXCHANGE, HEARING_SCHEDULED, HEARING, JUDGMENT, APPEAL_WINDOW, CLOSED);

    private static final int HISTORY_DAYS = 730;
    private static final int RECENT_FILING_DAYS = 25;

    final CaseStatus status;
    final CaseStatus reached;
    /** Day (after filing) each road step was taken, by its index in {@link #ROAD}. */
    final int[] roadDays;
    /** Day the case left the road (correction, refusal, withdrawal, mediation, dismissal, suspension), else -1. */
    final int branchDay;
    final int evidencePeriodEndDay;
    final int hearingDay;
    final LocalDate filingDay;
    final Instant filedAt;
    /** When the court accepted the case, else null. */
    final Instant acceptedAt;
    private final ZoneId zone;
    private final RandomGenerator random;

    /** {@code latestDay} is the latest day a step may have been taken on: yesterday, so that no step lies later today. */
    CaseTimeline(CaseStatus status, RandomGenerator random, ZoneId zone, LocalDate latestDay) {
        this.status = status;
        this.random = random;
        this.zone = zone;
        this.reached = reachedOnRoad(status);
        this.roadDays = roadDays(ROAD.indexOf(reached));
        this.evidencePeriodEndDay = has(EVIDENCE_EXCHANGE) ? day(EVIDENCE_EXCHANGE) - 1
                : has(EVIDENCE_PERIOD) ? day(EVIDENCE_PERIOD) + between(15, 30) : -1;
        this.hearingDay = has(HEARING) ? day(HEARING)
                : has(HEARING_SCHEDULED) ? day(HEARING_SCHEDULED) + between(10, 45) : -1;
        this.branchDay = ROAD.contains(status) ? -1 : roadDays[roadDays.length - 1] + between(1, 20);
        int span = lastDay();
        int age = BEFORE_ACCEPTANCE.contains(status) ? span + between(0, RECENT_FILING_DAYS)
                : span + between(0, Math.max(0, HISTORY_DAYS - span));
        this.filingDay = latestDay.minusDays(age);
        this.filedAt = during(0);
        this.acceptedAt = has(ACCEPTED) ? during(day(ACCEPTED)) : null;
    }

    boolean has(CaseStatus step) {
        return ROAD.indexOf(step) < roadDays.length;
    }

    int day(CaseStatus step) {
        return roadDays[ROAD.indexOf(step)];
    }

    /** The day of the case's latest step: where it left the road, else its last step on it. */
    int lastDay() {
        return branchDay >= 0 ? branchDay : roadDays[roadDays.length - 1];
    }

    LocalDate date(int day) {
        return filingDay.plusDays(day);
    }

    /** An office-hours instant on that day. */
    Instant during(int day) {
        return date(day).atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60))).atZone(zone).toInstant();
    }

    ZoneId zone() {
        return zone;
    }

    CaseDates dates() {
        return new CaseDates(filedAt, acceptedAt,
                has(SERVED) ? date(day(SERVED)) : null,
                has(EVIDENCE_PERIOD) ? date(day(EVIDENCE_PERIOD)) : null,
                has(EVIDENCE_PERIOD) ? date(evidencePeriodEndDay) : null,
                has(HEARING_SCHEDULED) ? hearingAt() : null,
                has(JUDGMENT) ? date(day(JUDGMENT)) : null,
                status == APPEAL_WINDOW ? date(day(APPEAL_WINDOW)) : null);
    }

    Instant hearingAt() {
        return date(hearingDay).atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
    }

    /** The furthest road step a case in this state has taken. */
    private CaseStatus reachedOnRoad(CaseStatus state) {
        if (ROAD.contains(state)) {
            return state;
        }
        return switch (state) {
            case CORRECTION_REQUESTED, NOT_ACCEPTED -> SUBMITTED;
            case WITHDRAWN -> random.nextBoolean() ? SUBMITTED : anyPending();
            default -> anyPending();
        };
    }

    private CaseStatus anyPending() {
        return ROAD.get(between(ROAD.indexOf(ACCEPTED), ROAD.indexOf(HEARING)));
    }

    private int[] roadDays(int lastIndex) {
        int[] days = new int[lastIndex + 1];
        for (int index = 1; index <= lastIndex; index++) {
            days[index] = days[index - 1] + gapBefore(ROAD.get(index));
        }
        return days;
    }

    private int gapBefore(CaseStatus step) {
        return switch (step) {
            case ACCEPTED -> between(1, 7);
            case SERVED -> between(3, 12);
            case ANSWER_PERIOD -> between(0, 3);
            case EVIDENCE_PERIOD -> between(15, 20);
            case EVIDENCE_EXCHANGE -> between(16, 31);
            case HEARING_SCHEDULED -> between(1, 10);
            case HEARING -> between(10, 45);
            case JUDGMENT -> between(7, 60);
            case APPEAL_WINDOW -> between(3, 10);
            case CLOSED -> between(16, 30);
            default -> 0;
        };
    }

    private int between(int least, int most) {
        return least + random.nextInt(most - least + 1);
    }
}
