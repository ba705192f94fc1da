package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final WorkingCalendar SHIPPED = WorkingCalendar.load(Path.of("config", "holidays"));

    @Test
    void theShippedHolidaysAreRestDays() {
        assertThat(SHIPPED.hasScheduleFor(2026)).isTrue();
        Stream.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-23", "2026-04-06", "2026-05-04", "2026-05-05",
                "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-07")
                .map(LocalDate::parse)
                .forEach(day -> assertThat(SHIPPED.isWorkingDay(day)).as(day.toString()).isFalse());
    }

    @Test
    void theShippedMakeUpWeekendDaysAreWorkingDays() {
        Stream.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
                .map(LocalDate::parse)
                .forEach(day -> assertThat(SHIPPED.isWorkingDay(day)).as(day.toString()).isTrue());
    }

    @Test
    void ordinaryWeekendsRestAndOrdinaryWeekdaysWork() {
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 3, 7))).as("Saturday").isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 3, 8))).as("Sunday").isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 3, 9))).as("Monday").isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 8))).as("Thursday after National Day").isTrue();
    }

    @Test
    void the2026ScheduleLeaves248WorkingDays() {
        long workingDays = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(SHIPPED::isWorkingDay)
                .count();

        assertThat(workingDays).isEqualTo(248);
    }

    /**
     * Without a file a year is counted with weekends only, a guess: so the calendar says which days it does not
     * know, and a deadline counted over them is provisional (CPL art. 85; see ProvisionalDeadlinesCpl85Test).
     */
    @Test
    void aYearWithoutScheduleIsGuessedWithWeekendsOnlyAndSaysSo() {
        assertThat(SHIPPED.hasScheduleFor(2027)).isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2027, 1, 1))).as("Friday, New Year's Day 2027, guessed").isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2027, 1, 2))).as("Saturday").isFalse();
        assertThat(SHIPPED.hasScheduleForEveryDay(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void itKnowsEveryDayOnlyWithinYearsThatHaveASchedule() {
        assertThat(SHIPPED.hasScheduleForEveryDay(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(SHIPPED.hasScheduleForEveryDay(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(SHIPPED.hasScheduleForEveryDay(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5))).isFalse();
    }

    @Test
    void theYearsWithoutScheduleAreListedInOrder() {
        assertThat(SHIPPED.yearsWithoutSchedule(2025, 2028)).containsExactly(2025, 2027, 2028);
        assertThat(SHIPPED.yearsWithoutSchedule(2026, 2026)).isEmpty();
    }

    /** No 2027 file until the State Council publishes its notice: none is in the reference, so none is guessed. */
    @Test
    void noYearIsShippedWithoutItsStateCouncilNotice() {
        assertThat(SHIPPED.yearsWithSchedule()).containsExactly(2026);
    }

    @Test
    void nextWorkingDayFromSkipsRestDaysOnly() {
        assertThat(SHIPPED.nextWorkingDayFrom(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(SHIPPED.nextWorkingDayFrom(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(SHIPPED.nextWorkingDayFrom(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(SHIPPED.nextWorkingDayFrom(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void holidaysAreNamedInTheReadersLanguage() {
        LocalDate springFestival = LocalDate.of(2026, 2, 17);

        assertThat(SHIPPED.holidayName(springFestival, Locale.ENGLISH)).contains("Spring Festival");
        assertThat(SHIPPED.holidayName(springFestival, Locale.SIMPLIFIED_CHINESE)).contains("春节");
        assertThat(SHIPPED.holidayName(springFestival, Locale.CHINESE)).contains("春节");
        assertThat(SHIPPED.holidayName(springFestival, Locale.FRENCH)).contains("Spring Festival");
        assertThat(SHIPPED.holidayName(LocalDate.of(2026, 10, 3), Locale.SIMPLIFIED_CHINESE)).contains("国庆节");
    }

    @Test
    void ordinaryDaysWeekendsAndMakeUpDaysHaveNoHolidayName() {
        assertThat(SHIPPED.holidayName(LocalDate.of(2026, 3, 9), Locale.ENGLISH)).isEmpty();
        assertThat(SHIPPED.holidayName(LocalDate.of(2026, 3, 7), Locale.ENGLISH)).isEmpty();
        assertThat(SHIPPED.holidayName(LocalDate.of(2026, 2, 14), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aCalendarCanBeBuiltInCode() {
        HolidaySchedule schedule = new HolidaySchedule(2030,
                List.of(new PublicHoliday("Test Day", "测试日", LocalDate.of(2030, 3, 5), LocalDate.of(2030, 3, 6))),
                Set.of(LocalDate.of(2030, 3, 9)));

        WorkingCalendar calendar = WorkingCalendar.of(schedule);

        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 3, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 3, 9))).as("make-up Saturday").isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2030, 3, 6), Locale.SIMPLIFIED_CHINESE)).contains("测试日");
        assertThat(calendar.yearsWithSchedule()).containsExactly(2030);
    }

    @Test
    void twoSchedulesForOneYearAreRefused() {
        HolidaySchedule empty = new HolidaySchedule(2030, List.of(), Set.of());

        assertThatThrownBy(() -> WorkingCalendar.of(empty, empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030");
    }
}
