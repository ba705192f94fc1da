package org.evidencedesk.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The court's calendar as the case sees it: today in the court's time zone, statutory periods with
 * holiday rollover (CPL art. 85), periods the court sets, and the earliest hearing day.
 */
public class DeadlinePlanner {

    private final WorkingCalendar calendar;
    private final PeriodCounter deadlines;
    private final ZoneId zone;

    /** For the container's proxy only. */
    protected DeadlinePlanner() {
        this.calendar = null;
        this.deadlines = null;
        this.zone = null;
    }

    public DeadlinePlanner(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.deadlines = new PeriodCounter(calendar);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today(Instant now) {
        return PeriodCounter.dayOf(now, zone);
    }

    public DueDate statutory(StatutoryPeriod period, LocalDate eventDay) {
        return reckon(Reckoning.period(eventDay, period.days()), period.legalBasis());
    }

    /** A last day the court chose; if it is a rest day the period still runs to the next working day. */
    public DueDate setByCourt(LocalDate chosenLastDay, String basis) {
        return reckon(Reckoning.chosenDay(chosenLastDay), basis);
    }

    /**
     * Counts (or counts again) a deadline on the calendar as it is now: from the nominal last day to the first
     * working day. Provisional when any day looked at lies in a year without a holiday file, because CPL art. 85
     * moves the end off a 法定休假日 and only that year's file says which days those are.
     */
    public DueDate reckon(Reckoning reckoning, String basis) {
        LocalDate nominal = reckoning.firstDayLookedAt();
        LocalDate lastDay = calendar.nextWorkingDayFrom(nominal);
        boolean provisional = !calendar.hasScheduleForEveryDay(nominal, lastDay);
        return new DueDate(lastDay, endOf(lastDay), basis, reckoning, provisional);
    }

    /**
     * The earliest last day of an evidence period that starts on {@code start}: fifteen days (CE art. 51), moved to the
     * next working day when the fifteenth is a rest day (CPL art. 85).
     */
    public LocalDate earliestEvidencePeriodEnd(LocalDate start) {
        return deadlines.earliestEvidencePeriodEnd(start);
    }

    /** Refuses an evidence period shorter than fifteen days (CE art. 51). */
    public void checkEvidencePeriodEnd(LocalDate start, LocalDate proposedEnd) {
        deadlines.checkEvidencePeriodEnd(start, proposedEnd);
    }

    public LocalDate earliestHearingDay(LocalDate noticeDay) {
        return PeriodCounter.earliestHearingDay(noticeDay);
    }

    public Instant endOf(LocalDate lastDay) {
        return PeriodCounter.endInstant(lastDay, zone);
    }
}
