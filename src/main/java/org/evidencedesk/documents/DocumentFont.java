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

    private DocumentFont(Path file) {
        this.file = file;
    }

    /**
     * The font at this path, checked once now so that a wrong file fails at start-up rather than at the
     * first ruling.
     *
     * @throws IllegalArgumentException if the file is not a TrueType font or collection, or lacks Chinese or Latin glyphs
     */
    public static DocumentFont at(Path file) {
        DocumentFont font = new DocumentFont(Objects.requireNonNull(file, "file"));
        boolean complete;
        try (PDDocument probe = new PDDocument(); EmbeddedFont embedded = font.embedIn(probe)) {
            complete = embedded.printable(PROBE).equals(PROBE) && embedded.width(PROBE, 10) > 0;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a TrueType font or collection (" + e.getMessage() + ")", e);
        }
        if (!complete) {
            throw new IllegalArgumentException(file + " has no glyphs for Chinese or Latin text");
        }
        return font;
    }

    public Path file() {
        return file;
    }

    /**
     * Opens the file and makes it a subset Type 0 font of the document. Each document opens its own:
     * a parsed font is not safe to share between threads, and it must stay open until the document is saved.
     */
    EmbeddedFont embedIn(PDDocument document) throws IOException {
        if (isCollection()) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(font -> first.compareAndSet(null, font));
                if (first.get() == null) {
                    throw new IOException("The collection " + file + " holds no font");
                }
                return new EmbeddedFont(document, first.get(), collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new EmbeddedFont(document, font, font);
    }

    private boolean isCollection() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), COLLECTION_TAG);
        }
    }

    @Override
    public String toString() {
        return "DocumentFont[" + file + "]";
    }
}
