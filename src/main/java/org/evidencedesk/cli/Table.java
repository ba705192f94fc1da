package org.evidencedesk.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: columns as wide as their widest cell (up to a limit, past which a cell is cut
 * with an ellipsis), two spaces between them. Chinese characters take two columns on a terminal, so widths are counted
 * in columns, not characters.
 */
final class Table {

    static final int DEFAULT_LIMIT = 48;
    private static final String GAP = "  ";

    private final List<String> headings;
    private final int limit;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> headings) {
        this(headings, DEFAULT_LIMIT);
    }

    Table(List<String> headings, int limit) {
        this.headings = List.copyOf(headings);
        this.limit = limit;
    }

    /** A row; a missing or empty cell shows as a dash. */
    Table row(List<String> cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String cell = i < cells.size() ? cells.get(i) : null;
            row.add(fitted(cell == null || cell.isBlank() ? "-" : cell.replaceAll("\\s+", " ").strip()));
        }
        rows.add(row);
        return this;
    }

    String render() {
        int[] widths = new int[headings.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                text.append(row.get(i));
                if (i < row.size() - 1) {
                    text.append(" ".repeat(widths[i] - width(row.get(i)))).append(GAP);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(headings);
        all.addAll(rows);
        return all;
    }

    private String fitted(String cell) {
        if (width(cell) <= limit) {
            return cell;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < cell.length(); ) {
            int codePoint = cell.codePointAt(i);
            int next = columns(codePoint);
            if (used + next + 1 > limit) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += next;
            i += Character.charCount(codePoint);
        }
        return cut.append('…').toString();
    }

    /** The columns a text takes on a terminal. */
    static int width(String text) {
        return text.codePoints().map(Table::columns).sum();
    }

    /** East Asian wide and full-width characters take two columns (the ranges of Unicode's East Asian Width W and F). */
    private static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
