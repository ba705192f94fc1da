package org.evidencedesk.dispute;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Which days PRC courts count as working days: weekdays, less the State Council holidays, plus the weekend
 * days worked in exchange. A year without a schedule falls back to plain weekends, which is only a guess: CPL
 * art. 85 moves a period "届满的最后一日是法定休假日的" to the next working day, and which days are 法定休假日 in a
 * year is known only from that year's State Council notice. A deadline whose roll-over looks at such a year is
 * therefore provisional ({@link #hasScheduleForEveryDay}); no file is ever guessed for a year without a notice.
 */
public final class WorkingCalendar {

    private final Map<Integer, HolidaySchedule> schedules;

    private WorkingCalendar(Map<Integer, HolidaySchedule> schedules) {
        this.schedules = Map.copyOf(schedules);
    }

    /** A calendar from schedules built in code; for tests and tools. */
    public static WorkingCalendar of(HolidaySchedule... schedules) {
        return of(List.of(schedules));
    }

    public static WorkingCalendar of(Collection<HolidaySchedule> schedules) {
        Map<Integer, HolidaySchedule> byYear = new HashMap<>();
        for (HolidaySchedule schedule : schedules) {
            if (byYear.putIfAbsent(schedule.year(), schedule) != null) {
                throw new IllegalArgumentException("two holiday schedules for " + schedule.year());
            }
        }
        return new WorkingCalendar(byYear);
    }

    /**
     * Reads every {@code *.json} in the folder, one year per file. Any problem is a
     * {@link ConfigurationException} naming the file: a half-read calendar would move deadlines silently.
     */
    public static WorkingCalendar load(Path directory) {
        Map<Integer, Path> fileOfYear = new TreeMap<>();
        List<HolidaySchedule> schedules = new ArrayList<>();
        for (Path file : jsonFiles(directory)) {
            HolidaySchedule schedule = HolidayScheduleFile.read(file);
            Path earlier = fileOfYear.putIfAbsent(schedule.year(), file);
            if (earlier != null) {
                throw new ConfigurationException("Invalid holiday file " + file.toAbsolutePath() + ": year "
                        + schedule.year() + " is already described by " + earlier.toAbsolutePath() + ".");
            }
            schedules.add(schedule);
        }
        return of(schedules);
    }

    public boolean isWorkingDay(LocalDate day) {
        Optional<HolidaySchedule> schedule = scheduleOf(day);
        if (schedule.flatMap(s -> s.holidayOn(day)).isPresent()) {
            return false;
        }
        if (HolidaySchedule.isWeekend(day)) {
            return schedule.filter(s -> s.isMakeUpWorkingDay(day)).isPresent();
        }
        return true;
    }

    /** The day itself if it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The holiday the day belongs to, named in the reader's language; empty on ordinary days and weekends. */
    public Optional<String> holidayName(LocalDate day, Locale locale) {
        return scheduleOf(day).flatMap(schedule -> schedule.holidayOn(day)).map(holiday -> holiday.name(locale));
    }

    public boolean hasScheduleFor(int year) {
        return schedules.containsKey(year);
    }

    /** Whether every day from {@code first} to {@code last} lies in a year with a schedule. */
    public boolean hasScheduleForEveryDay(LocalDate first, LocalDate last) {
        return yearsWithoutSchedule(first.getYear(), last.getYear()).isEmpty();
    }

    /** The years from {@code firstYear} to {@code lastYear}, both included, that have no schedule. */
    public List<Integer> yearsWithoutSchedule(int firstYear, int lastYear) {
        List<Integer> missing = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            if (!hasScheduleFor(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    public Set<Integer> yearsWithSchedule() {
        return schedules.keySet();
    }

    private Optional<HolidaySchedule> scheduleOf(LocalDate day) {
        return Optional.ofNullable(schedules.get(day.getYear()));
    }

    private static List<Path> jsonFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("Holiday folder " + directory.toAbsolutePath() + " does not exist.");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read holiday folder " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }
}
