package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EmbeddedFontTest {

    /** Widths measured a character at a time and remembered are exactly what PDFBox measures for the whole text. */
    @Test
    void aTextIsAsWideAsPdfBoxMeasuresIt() throws IOException {
        List<String> texts = List.of("", "P-001", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "(2026)京73民初12号 Shopfront Ltd.", "被告应于本裁定送达之日起七日内提交账簿，", "Ünïcödé “quotes” … 𠀋 \uD841\uDD47", "   ");
        try (PDDocument document = new PDDocument(); EmbeddedFont font = TestDocuments.FONT.embedIn(document)) {
            for (float size : new float[] {7.5f, 10, 12}) {
                for (String text : texts) {
                    String printable = font.printable(text);
                    float expected = font.font().getStringWidth(printable) / 1000f * size;

                    assertThat(font.width(printable, size)).as("'%s' at %s", printable, size).isEqualTo(expected);
                    assertThat(font.width(printable, size)).as("measured again").isEqualTo(expected);
                }
            }
        }
    }

    /** One character measured alone, as the line breaker measures a hash, is as wide as the text of that character. */
    @Test
    void aCharacterIsAsWideAloneAsInText() throws IOException {
        try (PDDocument document = new PDDocument(); EmbeddedFont font = TestDocuments.FONT.embedIn(document)) {
            TextWidth widths = font.at(7.5f);
            // Latin, a hex digit, Han, full-width punctuation, a character beyond the first plane (U+20547, which the
            // font has: it must not become the placeholder), and the placeholder itself.
            String printable = font.printable("Pf京，\uD841\uDD47?");
            assertThat(printable.codePoints().filter(codePoint -> codePoint > 0xFFFF)).containsExactly(0x20547);
            printable.codePoints().forEach(codePoint -> {
                String alone = Character.toString(codePoint);
                assertThat(widths.ofCodePoint(codePoint)).as("U+%04X", codePoint).isEqualTo(widths.of(alone))
                        .isEqualTo(font.width(alone, 7.5f)).isPositive();
                assertThat(widths.ofCodePoint(codePoint)).as("measured again").isEqualTo(widths.of(alone));
            });
        }
    }

    /**
     * Each character is set as its own glyph, never through the font's substitutions (GSUB): what is shown is what
     * was measured, and the text layer (search, copy, a court's text tools) reads back exactly the text.
     */
    @Test
    void everyCharacterIsSetAsItsOwnGlyphAndTheTextReadsBack() throws IOException {
        String text = "office affidavit fluff ffi ffl 证据目录 (2026)京73民初12号 P-001";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); EmbeddedFont font = TestDocuments.FONT.embedIn(document)) {
            assertThat(font.font().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font.font(), 10);
                content.newLineAtOffset(50, 700);
                content.showText(font.printable(text));
                content.endText();
            }
            document.save(pdf);
        }
        try (PDDocument saved = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(saved).strip()).isEqualTo(text);
        }
    }

    @Test
    void printableTextHasTabsAsSpacesNoControlsAndAPlaceholderForWhatTheFontLacks() throws IOException {
        try (PDDocument document = new PDDocument(); EmbeddedFont font = TestDocuments.FONT.embedIn(document)) {
            assertThat(font.printable("a\tb\u0007c\uFEFF😀\n京\u0000")).isEqualTo("a bc?\n京");
            assertThat(font.printable("😀😀 ok")).as("from the first character").isEqualTo("?? ok");
            assertThat(font.printable("tab at the end\t")).isEqualTo("tab at the end ");
            String clean = "证据目录 Evidence list (2026) 12号\nP-001";
            assertThat(font.printable(clean)).as("nothing to change: the text itself").isSameAs(clean);
            assertThat(font.printable("")).isEmpty();
        }
    }
}
