package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which years the holiday files must cover, and which of them lack one: from the current year through the latest
 * year an open deadline falls in, and next year in any case, because the deadlines counted in December end there.
 * Without a year's file its deadlines are provisional (CPL art. 85); the administrator installs the file from the
 * State Council notice once it is published, never before.
 */
@ApplicationScoped
public class HolidayCoverage {

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private DisputeCases cases;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private Clock clock;

    /** One year that matters, and whether a holiday file describes it. */
    public record Year(int year, boolean hasFile) {
    }

    public List<Year> yearsThatMatter() {
        List<Integer> years = yearsThatMatter(planner.today(clock.instant()).getYear(), cases.latestOpenDueDay());
        return years.stream().map(year -> new Year(year, calendar.hasScheduleFor(year))).toList();
    }

    public List<Integer> yearsWithoutFile() {
        return yearsThatMatter().stream().filter(year -> !year.hasFile()).map(Year::year).toList();
    }

    static List<Integer> yearsThatMatter(int currentYear, Optional<LocalDate> latestOpenDueDay) {
        int last = Math.max(currentYear + 1, latestOpenDueDay.map(LocalDate::getYear).orElse(currentYear));
        return IntStream.rangeClosed(currentYear, last).boxed().toList();
    }
}
