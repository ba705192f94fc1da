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
    private final Deadlines deadlines;
    private final ZoneId zone;

    /** For the container's proxy only. */
    protected DeadlinePlanner() {
        this.calendar = null;
        this.deadlines = null;
        this.zone = null;
    }

    public DeadlinePlanner(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.deadlines = new Deadlines(calendar);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today(Instant now) {
        return Deadlines.dayOf(now, zone);
    }

    public DueDate statutory(StatutoryPeriod period, LocalDate eventDay) {
        LocalDate lastDay = deadlines.periodEnd(eventDay, period);
        return new DueDate(lastDay, endOf(lastDay), period.legalBasis());
    }

    /** A last day the court chose; if it is a rest day the period still runs to the next working day. */
    public DueDate setByCourt(LocalDate chosenLastDay, String basis) {
        LocalDate lastDay = calendar.nextWorkingDayFrom(chosenLastDay);
        return new DueDate(lastDay, endOf(lastDay), basis);
    }

    /** Refuses an evidence period shorter than fifteen days (CE art. 51). */
    public void checkEvidencePeriodEnd(LocalDate start, LocalDate proposedEnd) {
        deadlines.checkEvidencePeriodEnd(start, proposedEnd);
    }

    public LocalDate earliestHearingDay(LocalDate noticeDay) {
        return Deadlines.earliestHearingDay(noticeDay);
    }

    public Instant endOf(LocalDate lastDay) {
        return Deadlines.endInstant(lastDay, zone);
    }
}
