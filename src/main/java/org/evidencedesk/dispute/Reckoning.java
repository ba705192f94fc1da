package org.evidencedesk.dispute;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a deadline was counted from, kept so that it can be counted again once the calendar knows more: a period
 * of {@code days} days after an event day (CPL art. 85: "期间开始的时和日，不计算在期间内"), or a last day the court
 * chose ({@code days} null). Either way the roll-over off rest days starts at {@link #firstDayLookedAt()}.
 */
public record Reckoning(LocalDate from, Integer days) {

    public Reckoning {
        Objects.requireNonNull(from, "from");
        if (days != null && days < 1) {
            throw new IllegalArgumentException("a period lasts at least one day, not " + days);
        }
    }

    public static Reckoning period(LocalDate eventDay, int days) {
        return new Reckoning(eventDay, days);
    }

    public static Reckoning chosenDay(LocalDate lastDay) {
        return new Reckoning(lastDay, null);
    }

    /** The nominal last day, before any roll-over: the first day whose being a rest day matters. */
    public LocalDate firstDayLookedAt() {
        return days == null ? from : from.plusDays(days);
    }
}
