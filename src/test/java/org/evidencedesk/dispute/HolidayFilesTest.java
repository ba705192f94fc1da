package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A broken holiday file stops start-up with one line naming the file and what is wrong in it. */
class HolidayFilesTest {

    private static final String VALID = """
            {"year": 2026, "source": "test", "note": "test",
             "holidays": [{"name": {"en": "Spring Festival", "zh": "春节"}, "from": "2026-02-15", "to": "2026-02-23"}],
             "workingDays": ["2026-02-14", "2026-02-28"]}
            """;

    @TempDir
    Path folder;

    @Test
    void aValidFileIsReadAndOtherFilesAreIgnored() throws IOException {
        Files.writeString(folder.resolve("2026.json"), VALID);
        Files.writeString(folder.resolve("README.txt"), "not a schedule");

        WorkingCalendar calendar = WorkingCalendar.load(folder);

        assertThat(calendar.yearsWithSchedule()).containsExactly(2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("bad JSON", "{\"year\": 2026, \"holidays\": [", "not valid JSON"),
                Arguments.of("empty file", "", "must be a JSON object"),
                Arguments.of("trailing content", VALID + "{}", "not valid JSON"),
                Arguments.of("duplicate key", VALID.replace("\"year\": 2026,", "\"year\": 2026, \"year\": 2027,"),
                        "Duplicate field 'year'"),
                Arguments.of("impossible date", VALID.replace("2026-02-23", "2026-02-30"),
                        "holidays[0].to '2026-02-30' is not a date"),
                Arguments.of("date in another format", VALID.replace("\"2026-02-28\"", "\"28/02/2026\""),
                        "workingDays[1] '28/02/2026' is not a date"),
                Arguments.of("end before start", VALID.replace("2026-02-23", "2026-02-13"),
                        "holiday 'Spring Festival' ends on 2026-02-13, before it starts on 2026-02-15"),
                Arguments.of("holiday and working day", VALID.replace("2026-02-28", "2026-02-21"),
                        "2026-02-21 is both a working day and part of holiday 'Spring Festival'"),
                Arguments.of("weekday as make-up day", VALID.replace("2026-02-28", "2026-02-27"),
                        "working day 2026-02-27 is a FRIDAY"),
                Arguments.of("date in another year", VALID.replace("\"year\": 2026", "\"year\": 2027"),
                        "holiday 'Spring Festival' (2026-02-15 to 2026-02-23) is not in 2027"),
                Arguments.of("overlapping holidays", VALID.replace("\"to\": \"2026-02-23\"}",
                        "\"to\": \"2026-02-23\"}, {\"name\": {\"en\": \"Lantern Festival\", \"zh\": \"元宵节\"}, "
                                + "\"from\": \"2026-02-23\", \"to\": \"2026-02-24\"}"),
                        "holidays 'Spring Festival' and 'Lantern Festival' overlap"),
                Arguments.of("working day listed twice", VALID.replace("2026-02-28", "2026-02-14"),
                        "working day 2026-02-14 is listed twice"),
                Arguments.of("misspelt field", VALID.replace("workingDays", "workdays"), "unknown field 'workdays'"),
                Arguments.of("missing field", VALID.replace("\"year\": 2026,", ""), "the file has no year"),
                Arguments.of("year as text", VALID.replace("\"year\": 2026", "\"year\": \"2026\""),
                        "year must be a whole number"),
                Arguments.of("missing Chinese name", VALID.replace(", \"zh\": \"春节\"", ""), "holidays[0].name has no zh"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedNamingTheFileAndTheProblem(String description, String content, String problem)
            throws IOException {
        Path file = Files.writeString(folder.resolve("2026.json"), content);

        assertThatThrownBy(() -> WorkingCalendar.load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Invalid holiday file " + file.toAbsolutePath() + ": ")
                .hasMessageContaining(problem)
                .hasMessageNotContaining("\n");
    }

    @Test
    void twoFilesForOneYearAreRefusedNamingBoth() throws IOException {
        Path first = Files.writeString(folder.resolve("2026.json"), VALID);
        Path second = Files.writeString(folder.resolve("2026-copy.json"), VALID);

        assertThatThrownBy(() -> WorkingCalendar.load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(first.toAbsolutePath().toString())
                .hasMessageContaining(second.toAbsolutePath().toString())
                .hasMessageContaining("year 2026 is already described by")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = folder.resolve("holidays");

        assertThatThrownBy(() -> WorkingCalendar.load(missing))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString());
    }

    /** The way a year is added: its file beside the others, read at the next start. */
    @Test
    void aNewYearsFileBesideTheOthersIsReadWithThem() throws IOException {
        Files.copy(Path.of("config/holidays/2026.json"), folder.resolve("2026.json"));
        Files.copy(Path.of("src/test/resources/holidays/2027.json"), folder.resolve("2027.json"));

        WorkingCalendar calendar = WorkingCalendar.load(folder);

        assertThat(calendar.yearsWithSchedule()).containsExactlyInAnyOrder(2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.hasScheduleForEveryDay(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4))).isTrue();
    }

    /** Each shipped file names the State Council General Office notice it was written from; no year is guessed. */
    @Test
    void everyShippedFileNamesItsStateCouncilNotice() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("config/holidays"))) {
            List<Path> shipped = files.filter(file -> file.toString().endsWith(".json")).toList();
            assertThat(shipped).isNotEmpty();
            for (Path file : shipped) {
                assertThat(new ObjectMapper().readTree(file.toFile()).path("source").asText())
                        .as(file.toString()).contains("国务院办公厅").contains("通知");
            }
        }
    }
}
