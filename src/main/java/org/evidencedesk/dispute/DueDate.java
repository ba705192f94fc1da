package org.evidencedesk.dispute;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a period ends: its last day in the court's time zone, the instant that day ends, and the rule; what it was
 * counted from, if it was counted; and whether it is provisional, because a day the roll-over looked at lies in a
 * year without a holiday file (see {@link WorkingCalendar}).
 */
public record DueDate(LocalDate lastDay, Instant endsAt, String basis, Reckoning reckoning, boolean provisional) {

    /** A fixed end nobody counted, such as a hearing time: nothing to count again, so never provisional. */
    public DueDate(LocalDate lastDay, Instant endsAt, String basis) {
        this(lastDay, endsAt, basis, null, false);
    }
}
