package org.evidencedesk.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table in a page flow: the header row on top of every page the table reaches, each cell
 * wrapped to its column, and a row that does not fit the rest of the page moved to the next one whole
 * (or, taller than a page, continued over several).
 */
final class Table {

    /**
     * @param header the column's title; a newline separates languages
     * @param share the column's part of the table's width, relative to the other columns'
     */
    record Column(String header, float share) {
    }

    private static final float PADDING = 3;

    private final PageFlow flow;
    private final List<Column> columns;
    private final float[] widths;
    private final TextStyle style;
    private final TextStyle headerStyle;
    /** The header row's lines, wrapped once: it is drawn on every page and its height asked for every row. */
    private final List<List<String>> header;

    Table(PageFlow flow, List<Column> columns, float size) throws IOException {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.style = new TextStyle(size, false, TextStyle.Alignment.LEFT, 0);
        this.headerStyle = new TextStyle(size, true, TextStyle.Alignment.LEFT, 0);
        float total = 0;
        for (Column column : columns) {
            total += column.share();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.contentWidth() * columns.get(i).share() / total;
        }
        header = wrap(columns.stream().map(Column::header).toList(), headerStyle);
        if (flow.room() < height(lineCount(header)) + height(1)) {
            flow.newPage();
        }
        drawHeader();
    }

    void row(List<String> cells) throws IOException {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, not " + cells.size());
        }
        List<List<String>> lines = wrap(cells, style);
        int total = lineCount(lines);
        int first = 0;
        while (first < total) {
            int remaining = total - first;
            int fit = linesThatFit(flow.room());
            boolean wholeRowFitsAFreshPage = linesThatFit(flow.pageRoom() - headerHeight()) >= remaining;
            if (fit < 1 || fit < remaining && first == 0 && wholeRowFitsAFreshPage) {
                flow.newPage();
                drawHeader();
                continue;
            }
            int count = Math.min(fit, remaining);
            drawRow(lines, first, count, style, 1f);
            first += count;
        }
    }

    private void drawHeader() throws IOException {
        drawRow(header, 0, lineCount(header), headerStyle, 0.9f);
    }

    private float headerHeight() {
        return height(lineCount(header));
    }

    private void drawRow(List<List<String>> lines, int first, int count, TextStyle cellStyle, float grey) throws IOException {
        float top = flow.y();
        float height = height(count);
        float x = flow.left();
        for (int column = 0; column < widths.length; column++) {
            flow.box(x, top, widths[column], height, grey);
            List<String> cell = lines.get(column);
            for (int line = first; line < Math.min(first + count, cell.size()); line++) {
                float lineTop = top - PADDING - (line - first) * cellStyle.leading();
                flow.show(cell.get(line), x + PADDING, PageFlow.baseline(lineTop, cellStyle), cellStyle);
            }
            x += widths[column];
        }
        flow.moveDown(height);
    }

    private List<List<String>> wrap(List<String> cells, TextStyle cellStyle) {
        EmbeddedFont font = flow.font();
        List<List<String>> lines = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column) == null ? "" : cells.get(column);
            lines.add(LineBreaker.lines(font.printable(cell), widths[column] - 2 * PADDING, font.at(cellStyle.size())));
        }
        return lines;
    }

    private static int lineCount(List<List<String>> lines) {
        return lines.stream().mapToInt(List::size).max().orElse(1);
    }

    private float height(int lineCount) {
        return lineCount * style.leading() + 2 * PADDING;
    }

    private int linesThatFit(float room) {
        return (int) Math.floor((room - 2 * PADDING) / style.leading());
    }
}
