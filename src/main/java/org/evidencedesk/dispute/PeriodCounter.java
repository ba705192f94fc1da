package org.evidencedesk.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.evidencedesk.shared.BusinessException;

/**
 * Deadline arithmetic of CPL art. 85: a period in days starts counting the day after the event, and a
 * period whose last day is a statutory rest day ends on the next working day. Dates are the court's
 * local dates; convert instants with {@link #dayOf(Instant, ZoneId)}, never with UTC dates.
 * Not modelled here: a document posted before the period ends is in time (art. 85, last paragraph).
 */
public final class PeriodCounter {

    /** Clear days CPL art. 139 requires between the hearing notice and the hearing. */
    static final int HEARING_NOTICE_CLEAR_DAYS = 3;

    private final WorkingCalendar calendar;

    public PeriodCounter(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day of a period of {@code days} days running from the day after {@code eventDay}. */
    public LocalDate periodEnd(LocalDate eventDay, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period lasts at least one day, not " + days);
        }
        return calendar.nextWorkingDayFrom(eventDay.plusDays(days));
    }

    public LocalDate periodEnd(LocalDate eventDay, StatutoryPeriod period) {
        return periodEnd(eventDay, period.days());
    }

    /** The moment the last day is over in the court's zone: the start of the following day there. */
    public static Instant endInstant(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The court's date of an instant; an event just after midnight in Beijing is still "yesterday" in UTC. */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * The first day a hearing may be held after notice on {@code noticeDay} (CPL art. 139: notice "three
     * days before"). We read it as three clear days between the notice day and the hearing day, neither
     * counted, so notice on Monday allows a hearing on Friday: the cautious reading, under which no party
     * can say the notice came too late. No rest-day roll-over: this is the earliest date the court may
     * choose, not the end of a period for a party to act.
     */
    public static LocalDate earliestHearingDay(LocalDate noticeDay) {
        return noticeDay.plusDays(HEARING_NOTICE_CLEAR_DAYS + 1L);
    }

    /** The earliest end the court may give an evidence period that runs from the day after {@code startDay}. */
    public LocalDate earliestEvidencePeriodEnd(LocalDate startDay) {
        return periodEnd(startDay, StatutoryPeriod.EVIDENCE_PERIOD_MINIMUM);
    }

    /** Refuses an evidence period shorter than the minimum of CE art. 51, naming the earliest allowed end. */
    public void checkEvidencePeriodEnd(LocalDate startDay, LocalDate proposedEnd) {
        LocalDate earliest = earliestEvidencePeriodEnd(startDay);
        if (proposedEnd.isBefore(earliest)) {
            throw new BusinessException("deadline.evidencePeriodTooShort",
                    StatutoryPeriod.EVIDENCE_PERIOD_MINIMUM.days(), earliest);
        }
    }
}
