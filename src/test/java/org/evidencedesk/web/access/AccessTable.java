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
 * capacities (in {@link Capacity} order) and the API column, then one row per entry point and object with the
 * expected {@link Outcome} of each capacity and the API call that does what the page does ({@link ApiCall}, or
 * {@code —} where the API has none). Lines starting with {@code #} are comments, blank lines are skipped.
 * <pre>
 * | entry point and object                 | counsel | counsel2 | ... | anonymous | API call                     |
 * | GET /cases/view.xhtml?id={some case}   | SHOWN   | HIDDEN   | ... | LOGIN     | GET /cases/{some case} [read] |
 * | —                                      | SHOWN   | HIDDEN   | ... | LOGIN     | GET /cases/{some case}/members [read] |
 * </pre>
 * A row starts with GET or POST and a path (objects in braces), or with ACTION and the method expression a
 * view calls (bean.method), followed by what it is tried on; or with {@code —} for an API call no page makes.
 * Where a row has both, each capacity's cell holds for both: the API's answer is {@link ApiOutcomes#expected}.
 */
public final class AccessTable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String API_HEADING = "API call";

    /** The first cell of a row that only the API has, and the API cell of a row that the API has not. */
    public static final String NONE = "—";

    /** One row: the entry point and object, the outcome each capacity should get, and the API call, if any. */
    public record Row(String entry, Map<Capacity, Outcome> expected, ApiCall api) {

        /** Whether a page, servlet or action of the pages is tried (else the row is the API's alone). */
        public boolean hasPage() {
            return !entry.equals(NONE);
        }

        public boolean hasApi() {
            return api != null;
        }

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

        private String secondWord() {
            return secondWord(entry);
        }

        /** The second word of a cell; a space inside braces (an object's name) does not end it. */
        static String secondWord(String cell) {
            String rest = cell.substring(cell.indexOf(' ') + 1);
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
            return objectsIn(hasPage() ? entry : api.call());
        }

        public Outcome expected(Capacity capacity) {
            return expected.get(capacity);
        }

        @Override
        public String toString() {
            return hasPage() ? entry : "API " + api;
        }
    }

    /** The objects a cell names, in order: the text between braces. */
    static List<String> objectsIn(String cell) {
        List<String> objects = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(cell);
        while (placeholder.find()) {
            objects.add(placeholder.group(1));
        }
        return objects;
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
            if (cells.size() != Capacity.values().length + 2) {
                throw new IllegalArgumentException("A row needs an entry point, " + Capacity.values().length
                        + " outcomes and the API call (or —): " + trimmed);
            }
            Map<Capacity, Outcome> expected = new EnumMap<>(Capacity.class);
            for (Capacity capacity : Capacity.values()) {
                expected.put(capacity, Outcome.valueOf(cells.get(capacity.ordinal() + 1)));
            }
            String entry = cells.get(0);
            String apiCell = cells.get(cells.size() - 1);
            ApiCall api = apiCell.equals(NONE) ? null : ApiCall.parse(apiCell);
            if (!entry.matches("(GET|POST|ACTION) \\S+.*") && !(entry.equals(NONE) && api != null)) {
                throw new IllegalArgumentException("A row starts with GET, POST or ACTION, or with — before an API call: " + trimmed);
            }
            Row row = new Row(entry, expected, api);
            if (api != null) {
                Arrays.stream(Capacity.values()).forEach(capacity -> ApiOutcomes.expected(row, capacity));
            }
            rows.add(row);
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
        List<String> columns = new ArrayList<>(Arrays.stream(Capacity.values()).map(Capacity::column).toList());
        columns.add(API_HEADING);
        if (!cells.subList(1, cells.size()).equals(columns)) {
            throw new IllegalArgumentException("The heading must name the capacities and the API column " + columns + ", not " + cells);
        }
    }

    public List<Row> rows() {
        return rows;
    }
}
