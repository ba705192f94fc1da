package org.evidencedesk.documents;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays text out down the pages of a document, top to bottom: wrapped blocks, label and value fields
 * and tables, starting a new page whenever the next line would cross the bottom margin. When done,
 * {@link #finish} numbers the pages ("2 / 5"), which needs the total and so comes last.
 */
final class PageFlow implements Closeable {

    static final float MARGIN = 56; // about 2 cm
    private static final float FOOTER_SIZE = 8;

    private final PDDocument document;
    private final EmbeddedFont font;
    private final PDRectangle pageSize;
    private PDPageContentStream contents;
    private float y;

    PageFlow(PDDocument document, EmbeddedFont font, PDRectangle pageSize) throws IOException {
        this.document = document;
        this.font = font;
        this.pageSize = pageSize;
        newPage();
    }

    EmbeddedFont font() {
        return font;
    }

    float left() {
        return MARGIN;
    }

    float contentWidth() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    /** Top of the space still free on this page. */
    float y() {
        return y;
    }

    /** Space left above the bottom margin. */
    float room() {
        return y - MARGIN;
    }

    /** Space on a page of its own, below the top margin. */
    float pageRoom() {
        return pageSize.getHeight() - 2 * MARGIN;
    }

    void moveDown(float points) {
        y -= points;
    }

    void gap(float points) {
        y = Math.max(MARGIN, y - points);
    }

    void newPage() throws IOException {
        if (contents != null) {
            contents.close();
        }
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        contents = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - MARGIN;
    }

    /** A block of text, wrapped to the margins and broken across pages as needed. */
    void text(String text, TextStyle style) throws IOException {
        indented(text, style, 0);
    }

    void indented(String text, TextStyle style, float indent) throws IOException {
        float width = contentWidth() - indent;
        for (String line : LineBreaker.lines(font.printable(text), width, font.at(style.size()))) {
            lineSpace(style);
            float lineWidth = font.width(line, style.size());
            float x = left() + indent + switch (style.alignment()) {
                case LEFT -> 0;
                case CENTER -> (width - lineWidth) / 2;
                case RIGHT -> width - lineWidth;
            };
            show(line, x, baseline(y, style), style);
            y -= style.leading();
        }
        gap(style.spaceAfter());
    }

    /** A label in a column of its own with its value wrapped beside it, like "Court    Beijing IP Court". */
    void field(String label, String value, float labelWidth, TextStyle style) throws IOException {
        TextStyle labelStyle = new TextStyle(style.size(), true, TextStyle.Alignment.LEFT, 0);
        List<String> labelLines = LineBreaker.lines(font.printable(label), labelWidth - 6, font.at(style.size()));
        List<String> valueLines = LineBreaker.lines(font.printable(value), contentWidth() - labelWidth, font.at(style.size()));
        for (int i = 0; i < Math.max(labelLines.size(), valueLines.size()); i++) {
            lineSpace(style);
            if (i < labelLines.size()) {
                show(labelLines.get(i), left(), baseline(y, style), labelStyle);
            }
            if (i < valueLines.size()) {
                show(valueLines.get(i), left() + labelWidth, baseline(y, style), style);
            }
            y -= style.leading();
        }
        gap(style.spaceAfter());
    }

    /** Starts a new page unless one more line of this style fits on this one. */
    private void lineSpace(TextStyle style) throws IOException {
        if (room() < style.leading()) {
            newPage();
        }
    }

    /** Where the baseline of a line whose box starts at {@code top} goes: the glyphs centred in the leading. */
    static float baseline(float top, TextStyle style) {
        return top - (style.leading() - style.size()) / 2 - style.size() * 0.86f;
    }

    void show(String line, float x, float baseline, TextStyle style) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        contents.beginText();
        contents.setFont(font.font(), style.size());
        if (style.bold()) {
            contents.setRenderingMode(RenderingMode.FILL_STROKE);
            contents.setLineWidth(style.size() * 0.035f);
        }
        contents.newLineAtOffset(x, baseline);
        contents.showText(line);
        if (style.bold()) {
            contents.setRenderingMode(RenderingMode.FILL);
        }
        contents.endText();
    }

    void box(float x, float top, float width, float height, float grey) throws IOException {
        contents.setLineWidth(0.5f);
        contents.addRect(x, top - height, width, height);
        if (grey < 1) {
            contents.setNonStrokingColor(grey, grey, grey);
            contents.fillAndStroke();
            contents.setNonStrokingColor(0f, 0f, 0f);
        } else {
            contents.stroke();
        }
    }

    /** Closes the last page and writes "page / pages" and the footer text at the bottom of every page. */
    void finish(String footer) throws IOException {
        close();
        int pages = document.getNumberOfPages();
        TextStyle style = new TextStyle(FOOTER_SIZE, false, TextStyle.Alignment.LEFT, 0);
        String printableFooter = font.printable(footer);
        for (int number = 1; number <= pages; number++) {
            PDPage page = document.getPage(number - 1);
            try (PDPageContentStream footerContents = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                contents = footerContents;
                String numbering = number + " / " + pages;
                float baseline = MARGIN / 2;
                show(numbering, pageSize.getWidth() - MARGIN - font.width(numbering, FOOTER_SIZE), baseline, style);
                List<String> footerLines = LineBreaker.lines(printableFooter, contentWidth() * 0.75f, font.at(FOOTER_SIZE));
                show(footerLines.get(0), left(), baseline, style);
            } finally {
                contents = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (contents != null) {
            contents.close();
            contents = null;
        }
    }
}
