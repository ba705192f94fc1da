package org.evidencedesk.dispute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Reads one {@code config/holidays/<year>.json}. Strict on purpose: an unknown field or a duplicate key is
 * more likely a typo that drops a make-up working day than something to ignore. Jackson comes with Flyway.
 */
final class HolidayScheduleFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> FILE_FIELDS = Set.of("year", "source", "note", "holidays", "workingDays");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to");
    private static final Set<String> NAME_FIELDS = Set.of("en", "zh");

    private final Path file;

    private HolidayScheduleFile(Path file) {
        this.file = file;
    }

    /** The schedule in the file, or a {@link ConfigurationException} naming the file and the first problem. */
    static HolidaySchedule read(Path file) {
        return new HolidayScheduleFile(file).read();
    }

    private HolidaySchedule read() {
        JsonNode root = object(parse(), "the file");
        requireOnly(root, FILE_FIELDS, "the file");
        int year = year(root);
        List<PublicHoliday> holidays = holidays(root);
        Set<LocalDate> workingDays = workingDays(root);
        try {
            return new HolidaySchedule(year, holidays, workingDays);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private JsonNode parse() {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw problem("not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ") + where(e.getLocation()));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read holiday file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private int year(JsonNode root) {
        JsonNode year = required(root, "year", "the file");
        if (!year.isIntegralNumber() || !year.canConvertToInt()) {
            throw problem("year must be a whole number such as 2026, not " + year);
        }
        return year.intValue();
    }

    private List<PublicHoliday> holidays(JsonNode root) {
        JsonNode array = array(required(root, "holidays", "the file"), "holidays");
        List<PublicHoliday> holidays = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            holidays.add(holiday(array.get(i), "holidays[" + i + "]"));
        }
        return holidays;
    }

    private PublicHoliday holiday(JsonNode node, String where) {
        object(node, where);
        requireOnly(node, HOLIDAY_FIELDS, where);
        JsonNode name = object(required(node, "name", where), where + ".name");
        requireOnly(name, NAME_FIELDS, where + ".name");
        String english = text(required(name, "en", where + ".name"), where + ".name.en");
        String chinese = text(required(name, "zh", where + ".name"), where + ".name.zh");
        LocalDate from = date(required(node, "from", where), where + ".from");
        LocalDate to = date(required(node, "to", where), where + ".to");
        try {
            return new PublicHoliday(english, chinese, from, to);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private Set<LocalDate> workingDays(JsonNode root) {
        JsonNode array = array(required(root, "workingDays", "the file"), "workingDays");
        Set<LocalDate> days = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            LocalDate day = date(array.get(i), "workingDays[" + i + "]");
            if (!days.add(day)) {
                throw problem("working day " + day + " is listed twice");
            }
        }
        return days;
    }

    private LocalDate date(JsonNode node, String where) {
        String text = text(node, where);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(where + " '" + text + "' is not a date in the form 2026-01-31");
        }
    }

    private String text(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw problem(where + " must be a string, not " + node);
        }
        return node.textValue();
    }

    private JsonNode required(JsonNode parent, String field, String where) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw problem(where + " has no " + field);
        }
        return value;
    }

    private JsonNode object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw problem(where + " must be a JSON object");
        }
        return node;
    }

    private JsonNode array(JsonNode node, String where) {
        if (!node.isArray()) {
            throw problem(where + " must be a JSON array");
        }
        return node;
    }

    private void requireOnly(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String expected = String.join(", ", allowed.stream().sorted().toList());
                throw problem(where + " has an unknown field '" + name + "' (expected " + expected + ")");
            }
        }
    }

    private ConfigurationException problem(String problem) {
        return new ConfigurationException("Invalid holiday file " + file.toAbsolutePath() + ": " + problem + ".");
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
