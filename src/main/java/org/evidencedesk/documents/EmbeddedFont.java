package org.evidencedesk.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
    /** Not a character: what {@link #printed} answers for a character that is left out. */
    private static final int DROPPED = -1;
    private static final byte UNKNOWN = 0;
    private static final byte HAS_GLYPH = 1;
    private static final byte NO_GLYPH = 2;

    private final PDType0Font font;
    private final CmapLookup characters;
    private final Closeable source;
    /** Whether the font has each character of the Basic Multilingual Plane, as far as asked: {@link #UNKNOWN} until then. */
    private final byte[] planeZeroGlyphs = new byte[0x10000];
    /** Widths measured so far of the Basic Multilingual Plane (Latin, Han, punctuation), NaN until measured. */
    private final float[] planeZeroWidths = new float[0x10000];
    /** Widths measured so far of the other planes (emoji, rare Han): few in any document. */
    private final Map<Integer, Float> otherWidths = new HashMap<>();

    EmbeddedFont(PDDocument document, TrueTypeFont file, Closeable source) throws IOException {
        // Characters are set one glyph each, without the font's glyph substitutions (GSUB): a ligature has no
        // character of its own, so the text layer would lose the letters it joins, and text would not be as wide as
        // it was measured (width() adds the characters' own widths). It was also PDFBox's slowest path: a pass over
        // every word of every string, a third of the time of a 10,000-item evidence list.
        file.setEnableGsub(false);
        this.font = PDType0Font.load(document, file, true);
        this.characters = file.getUnicodeCmapLookup();
        this.source = source;
        Arrays.fill(planeZeroWidths, Float.NaN);
    }

    PDType0Font font() {
        return font;
    }

    /**
     * The text with tabs as spaces, other control characters dropped and characters the font lacks replaced; the text
     * itself when it needs none of that, as nearly every cell of an evidence list does.
     */
    String printable(String text) {
        int first = 0;
        while (first < text.length() && printed(text.codePointAt(first)) == text.codePointAt(first)) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int printed = printed(codePoint);
            if (printed != DROPPED) {
                printable.appendCodePoint(printed);
            }
            i += Character.charCount(codePoint);
        }
        return printable.toString();
    }

    /** What {@link #printable} sets for a character: itself, a space, the placeholder, or {@link #DROPPED}. */
    private int printed(int codePoint) {
        if (codePoint == '\t') {
            return ' ';
        }
        if (codePoint == '\n') {
            return codePoint;
        }
        if (Character.isISOControl(codePoint) || codePoint == 0xFEFF) {
            return DROPPED;
        }
        return hasGlyph(codePoint) ? codePoint : PLACEHOLDER;
    }

    /** Whether the font has a glyph for the character; asked of the font once per document for the Basic Multilingual Plane. */
    private boolean hasGlyph(int codePoint) {
        if (codePoint >= planeZeroGlyphs.length) {
            return characters.getGlyphId(codePoint) > 0;
        }
        if (planeZeroGlyphs[codePoint] == UNKNOWN) {
            planeZeroGlyphs[codePoint] = characters.getGlyphId(codePoint) > 0 ? HAS_GLYPH : NO_GLYPH;
        }
        return planeZeroGlyphs[codePoint] == HAS_GLYPH;
    }

    /** Widths of text set at this size. */
    TextWidth at(float size) {
        return new TextWidth() {
            @Override
            public float of(String text) {
                return width(text, size);
            }

            @Override
            public float ofCodePoint(int codePoint) {
                return units(codePoint) / 1000f * size;
            }

            @Override
            public float of(String text, int start, int end) {
                return width(text, start, end, size);
            }
        };
    }

    /**
     * Width in points of printable text at this size: the sum of its characters' widths, as PDFBox's
     * {@code getStringWidth} adds them (no kerning), each character measured once per document. An evidence list of
     * 10,000 items measures millions of characters while it breaks lines, most of them hex digits of hashes.
     */
    float width(String text, float size) {
        return width(text, 0, text.length(), size);
    }

    /** The width of the part of {@code text} from {@code start} to {@code end}, as {@link #width(String, float)}. */
    private float width(String text, int start, int end, float size) {
        float units = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            units += units(codePoint);
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    /** A character's width in the font's units (1/1000 of the size). */
    private float units(int codePoint) {
        if (codePoint < planeZeroWidths.length) {
            float known = planeZeroWidths[codePoint];
            if (Float.isNaN(known)) {
                known = measure(codePoint);
                planeZeroWidths[codePoint] = known;
            }
            return known;
        }
        return otherWidths.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure text in " + font.getName(), e);
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
