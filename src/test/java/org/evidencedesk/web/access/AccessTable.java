package org.evidencedesk.web.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of the access matrix, written as a table a reviewer reads: a heading row naming the
 * capacities (in {@link Capacity} order), then one row per entry point and object with the expected
 * {@link Outcome} of each capacity. Lines starting with {@code #} are comments, blank lines are skipped.
 * <pre>
 * | entry point and object                 | counsel | counsel2 | ... | anonymous |
 * | GET /cases/view.xhtml?id={some case}   | SHOWN   | HIDDEN   | ... | LOGIN     |
 * </pre>
 * A row starts with GET or POST and a path (objects in braces), or with ACTION and the method expression a
 * view calls (bean.method), followed by what it is tried on.
 */
public final class AccessTable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /** One row: the entry point and object, and the outcome each capacity should get. */
    public record Row(String entry, Map<Capacity, Outcome> expected) {

        public String method() {
            return entry.split(" ", 2)[0];
        }

        /** For GET and POST rows: the path and query with its objects in braces, without the description after it. */
        public String target() {
            return secondWord();
        }

        /** For GET and POST rows: the path without the query, as the entry point is mapped. */
        public String path() {
            return target().split("\\?", 2)[0];
        }

        /** For ACTION rows: the bean and method, as in the view's method expression ("casePage.checkpoint"). */
        public String action() {
            return secondWord();
        }

        /** The second word of the entry; a space inside braces (an object's name) does not end it. */
        private String secondWord() {
            String rest = entry.substring(entry.indexOf(' ') + 1);
            int depth = 0;
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (c == ' ' && depth == 0) {
                    return rest.substring(0, i);
                }
            }
            return rest;
        }

        /** The objects the row names, in order: the text between braces. */
        public List<String> objects() {
            List<String> objects = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(entry);
            while (placeholder.find()) {
                objects.add(placeholder.group(1));
            }
            return objects;
        }

        public Outcome expected(Capacity capacity) {
            return expected.get(capacity);
        }

        @Override
        public String toString() {
            return entry;
        }
    }

    private final List<Row> rows;

    private AccessTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static AccessTable parse(String text) {
        List<Row> rows = new ArrayList<>();
        boolean heading = true;
        for (String line : text.strip().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(trimmed);
            if (heading) {
                checkHeading(cells);
                heading = false;
                continue;
            }
            if (cells.size() != Capacity.values().length + 1) {
                throw new IllegalArgumentException("A row needs an entry point and " + Capacity.values().length
                        + " outcomes: " + trimmed);
            }
            Map<Capacity, Outcome> expected = new EnumMap<>(Capacity.class);
            for (Capacity capacity : Capacity.values()) {
                expected.put(capacity, Outcome.valueOf(cells.get(capacity.ordinal() + 1)));
            }
            String entry = cells.get(0);
            if (!entry.matches("(GET|POST|ACTION) \\S+.*")) {
                throw new IllegalArgumentException("A row starts with GET, POST or ACTION: " + trimmed);
            }
            rows.add(new Row(entry, expected));
        }
        return new AccessTable(rows);
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|") || !line.endsWith("|")) {
            throw new IllegalArgumentException("A table line starts and ends with |: " + line);
        }
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
    }

    private static void checkHeading(List<String> cells) {
        List<String> columns = Arrays.stream(Capacity.values()).map(Capacity::column).toList();
        if (!cells.subList(1, cells.size()).equals(columns)) {
            throw new IllegalArgumentException("The heading must name the capacities " + columns + ", not " + cells);
        }
    }

    public List<Row> rows() {
        return rows;
    }
}
