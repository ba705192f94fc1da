package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFontTest {

    @TempDir
    Path temp;

    @Test
    void theDebianCollectionIsUsable() {
        assertThat(DocumentFont.at(TestDocuments.FONT_FILE).file()).isEqualTo(TestDocuments.FONT_FILE);
    }

    /** Of a collection, documents embed the first font (WenQuanYi Zen Hei, not its Sharp or Mono faces). */
    @Test
    void aCollectionsFirstFontIsTheOneDocumentsEmbed() throws IOException {
        String[] first = new String[1];
        try (TrueTypeCollection collection = new TrueTypeCollection(TestDocuments.FONT_FILE.toFile())) {
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font.getName();
                }
            });
        }
        try (PDDocument document = new PDDocument(); EmbeddedFont embedded = TestDocuments.FONT.embedIn(document)) {
            assertThat(embedded.font().getName()).isEqualTo(first[0]);
        }
    }

    @Test
    void aCollectionThatHoldsNoReadableFontIsRefused() throws IOException {
        Path broken = Files.write(temp.resolve("broken.ttc"), "ttcf and nothing a font needs".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> DocumentFont.at(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(broken + " is not a TrueType font or collection");
    }

    @Test
    void aSingleTrueTypeFontIsReadTooButOneWithoutChineseGlyphsIsRefused() throws IOException {
        Path latinOnly = latinOnlyFont();

        assertThatThrownBy(() -> DocumentFont.at(latinOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(latinOnly + " has no glyphs for Chinese or Latin text");
    }

    @Test
    void aFileThatIsNoFontIsRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("font.ttf"), "not a font at all");

        assertThatThrownBy(() -> DocumentFont.at(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(text + " is not a TrueType font or collection");
    }

    /** A real .ttf made from the collection with only ASCII in it, as a Latin-only font would be. */
    private Path latinOnlyFont() throws IOException {
        Path file = temp.resolve("latin.ttf");
        try (TrueTypeCollection collection = new TrueTypeCollection(TestDocuments.FONT_FILE.toFile());
             OutputStream out = Files.newOutputStream(file)) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            TTFSubsetter subsetter = new TTFSubsetter(first[0]);
            for (int c = 0x20; c < 0x7f; c++) {
                subsetter.add(c);
            }
            subsetter.writeToStream(out);
        }
        return file;
    }
}
