package org.evidencedesk.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The document font as one document uses it: measures text and turns any text into text the font can
 * show, so that a character it lacks (an emoji in a party's name) prints as a placeholder instead of
 * failing the whole ruling.
 */
final class EmbeddedFont implements Closeable {

    private static final int PLACEHOLDER = '?';

    private final PDType0Font font;
    private final CmapLookup characters;
    private final Closeable source;

    EmbeddedFont(PDDocument document, TrueTypeFont file, Closeable source) throws IOException {
        this.font = PDType0Font.load(document, file, true);
        this.characters = file.getUnicodeCmapLookup();
        this.source = source;
    }

    PDType0Font font() {
        return font;
    }

    /** The text with tabs as spaces, other control characters dropped and characters the font lacks replaced. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                printable.append(' ');
            } else if (codePoint == '\n' || !Character.isISOControl(codePoint) && codePoint != 0xFEFF) {
                printable.appendCodePoint(codePoint == '\n' || characters.getGlyphId(codePoint) > 0 ? codePoint : PLACEHOLDER);
            }
        });
        return printable.toString();
    }

    /** Widths of text set at this size. */
    TextWidth at(float size) {
        return text -> width(text, size);
    }

    /** Width in points of printable text at this size. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure text in " + font.getName(), e);
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
