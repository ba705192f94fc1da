package org.evidencedesk.dispute;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's official holiday arrangement: the days off and the weekend days worked in exchange
 * (调休上班). Refuses contradictions, because a wrong calendar silently moves every deadline.
 */
public record HolidaySchedule(int year, List<PublicHoliday> holidays, Set<LocalDate> workingDays) {

    public HolidaySchedule {
        holidays = List.copyOf(holidays);
        workingDays = Set.copyOf(workingDays);
        for (PublicHoliday holiday : holidays) {
            requireInYear(year, holiday);
        }
        requireNoOverlap(holidays);
        for (LocalDate day : new TreeSet<>(workingDays)) {
            requireMakeUpDay(year, day, holidays);
        }
    }

    public Optional<PublicHoliday> holidayOn(LocalDate day) {
        return holidays.stream().filter(holiday -> holiday.includes(day)).findFirst();
    }

    public boolean isMakeUpWorkingDay(LocalDate day) {
        return workingDays.contains(day);
    }

    private static void requireInYear(int year, PublicHoliday holiday) {
        if (holiday.from().getYear() != year || holiday.to().getYear() != year) {
            throw new IllegalArgumentException("holiday '" + holiday.englishName() + "' (" + holiday.from() + " to "
                    + holiday.to() + ") is not in " + year);
        }
    }

    private static void requireNoOverlap(List<PublicHoliday> holidays) {
        for (int i = 0; i < holidays.size(); i++) {
            PublicHoliday earlier = holidays.get(i);
            for (PublicHoliday later : holidays.subList(i + 1, holidays.size())) {
                if (!later.from().isAfter(earlier.to()) && !earlier.from().isAfter(later.to())) {
                    throw new IllegalArgumentException("holidays '" + earlier.englishName() + "' and '"
                            + later.englishName() + "' overlap");
                }
            }
        }
    }

    private static void requireMakeUpDay(int year, LocalDate day, List<PublicHoliday> holidays) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException("working day " + day + " is not in " + year);
        }
        for (PublicHoliday holiday : holidays) {
            if (holiday.includes(day)) {
                throw new IllegalArgumentException(day + " is both a working day and part of holiday '"
                        + holiday.englishName() + "'");
            }
        }
        if (!isWeekend(day)) {
            throw new IllegalArgumentException("working day " + day + " is a " + day.getDayOfWeek()
                    + "; only a Saturday or Sunday can be a make-up working day");
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
