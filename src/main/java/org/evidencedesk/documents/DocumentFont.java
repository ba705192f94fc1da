package org.evidencedesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The font file documents are set in: a TrueType font, or a collection ({@code .ttc}) of which the
 * first font is used. It needs TrueType outlines (PDFBox cannot embed CFF ones) and Chinese and Latin
 * glyphs; Debian's WenQuanYi Zen Hei has both.
 */
public final class DocumentFont {

    private static final byte[] COLLECTION_TAG = {'t', 't', 'c', 'f'};
    /** Text every document has: if the font cannot show it, every ruling would be full of placeholders. */
    private static final String PROBE = "裁定书证据目录 Evidence list (2026) 12号";

    private final Path file;
    /** The name of the collection's first font, which each document then parses alone; null for a single font. */
    private final String firstInCollection;

    private DocumentFont(Path file, String firstInCollection) {
        this.file = file;
        this.firstInCollection = firstInCollection;
    }

    /**
     * The font at this path, checked once now so that a wrong file fails at start-up rather than at the
     * first ruling.
     *
     * @throws IllegalArgumentException if the file is not a TrueType font or collection, or lacks Chinese or Latin glyphs
     */
    public static DocumentFont at(Path file) {
        Objects.requireNonNull(file, "file");
        DocumentFont font;
        boolean complete;
        try {
            font = new DocumentFont(file, isCollection(file) ? firstFontName(file) : null);
            complete = font.shows(PROBE);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a TrueType font or collection (" + e.getMessage() + ")", e);
        }
        if (!complete) {
            throw new IllegalArgumentException(file + " has no glyphs for Chinese or Latin text");
        }
        return font;
    }

    /** Whether the font has every character of {@code text}, with a width. */
    private boolean shows(String text) throws IOException {
        try (PDDocument probe = new PDDocument(); EmbeddedFont embedded = embedIn(probe)) {
            return embedded.printable(text).equals(text) && embedded.width(text, 10) > 0;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Opens the file and makes it a subset Type 0 font of the document. Each document opens its own:
     * a parsed font is not safe to share between threads, and it must stay open until the document is saved.
     */
    EmbeddedFont embedIn(PDDocument document) throws IOException {
        if (firstInCollection != null) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                // By its name, which parses the first font alone: parsing every font of the collection (WenQuanYi Zen
                // Hei has three) took a fifth of the time of drawing a 10,000-item evidence list.
                TrueTypeFont first = collection.getFontByName(firstInCollection);
                if (first == null) {
                    throw new IOException("The collection " + file + " no longer holds " + firstInCollection);
                }
                return new EmbeddedFont(document, first, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new EmbeddedFont(document, font, font);
    }

    private static boolean isCollection(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), COLLECTION_TAG);
        }
    }

    /** The name of a collection's first font, read from the fonts' headers alone. */
    private static String firstFontName(Path file) throws IOException {
        AtomicReference<String> first = new AtomicReference<>();
        TrueTypeCollection.processAllFontHeaders(file.toFile(), headers -> {
            if (headers.getError() == null && headers.getName() != null) {
                first.compareAndSet(null, headers.getName());
            }
        });
        if (first.get() == null) {
            throw new IOException("the collection holds no font with a name");
        }
        return first.get();
    }

    @Override
    public String toString() {
        return "DocumentFont[" + file + "]";
    }
}
