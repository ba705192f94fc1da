package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RulingPdfTest {

    private final RulingPdf rulings = new RulingPdf(TestDocuments.FONT);

    @Test
    void aChineseRulingCarriesItsTextLabelsAndEmbeddedSubsetFont() throws IOException {
        byte[] pdf = rulings.render(TestDocuments.chineseRuling(List.of("原告申请责令被告提交其销售账簿，并提交了初步证据。")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("北京知识产权法院", "关于责令提交证据申请的裁定", "(2026)京73民初1024号", "原告", "被告",
                    "杭州云栈科技有限公司", "深圳市快购电子商务有限公司、Shopfront Platform Ltd.", "送达：各方当事人", "裁定如下：",
                    "审判员", "张明", "2026年11月25日", "1 / 1");
            assertThat(text.replaceAll("\\s", "")).as("the legal basis, wrapped over lines")
                    .contains("法律依据《最高人民法院关于知识产权民事诉讼证据的若干规定》（2020年）第二十四条至第二十六条（规则ipe-24-26@1）");
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset is named with a six-letter tag").matches("[A-Z]{6}\\+.*");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
        assertThat(pdf.length).as("a subset, not the 17 MB collection").isLessThan(200_000);
    }

    @Test
    void anEnglishRulingHasEnglishLabels() throws IOException {
        String text = text(rulings.render(TestDocuments.englishRuling(List.of("The claimant asks that the respondent produce its sales ledgers."))));

        assertThat(text).contains("Beijing Intellectual Property Court", "Claimants", "Respondents", "To: the parties", "Legal basis",
                "The court rules as follows", "24–26 (rule ipe-24-26@1)", "Judge", "Zhang Ming", "November 25, 2026", "(2026)京73民初1024号").doesNotContain("原告", "裁定如下");
    }

    @Test
    void aLongRulingRunsOverNumberedPagesWithNothingLost() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            paragraphs.add("第" + i + "段：被告在收到责令提交证据的裁定后，未在指定期限内提交其销售账簿，亦未说明正当理由。");
        }

        byte[] pdf = rulings.render(TestDocuments.chineseRuling(paragraphs));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isBetween(3, 8);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains(page + " / " + pages);
            }
            // Without the page footers, which fall inside the paragraph that runs from one page to the next.
            String all = new PDFTextStripper().getText(document).replaceAll("\\s", "")
                    .replaceAll("\\d+/\\d+\\(2026\\)京73民初1024号关于责令提交证据申请的裁定", "");
            for (int i = 1; i <= 80; i++) {
                assertThat(all.contains("第" + i + "段：被告在收到责令提交证据的裁定后，未在指定期限内提交其销售账簿，亦未说明正当理由。")).as("paragraph %d", i).isTrue();
            }
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(document)).contains("张明");
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAPlaceholderInsteadOfFailing() throws IOException {
        String text = text(rulings.render(TestDocuments.chineseRuling(List.of("商标 \uD83D\uDE00 图样\tand a tab"))));

        assertThat(text).contains("商标 ? 图样 and a tab");
    }

    @Test
    void aVeryLongUnbrokenWordStaysInsideThePage() throws IOException {
        String hash = String.join("", Collections.nCopies(20, "9f86d081884c7d65"));

        String text = text(rulings.render(TestDocuments.englishRuling(List.of(hash))));

        assertThat(text.replaceAll("\\s", "")).contains(hash);
        assertThat(text.lines().filter(line -> line.matches("[0-9a-f]{40,}")).count()).as("broken over lines").isGreaterThan(2);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
