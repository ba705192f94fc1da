package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EvidenceListPdfTest {

    private static final ZonedDateTime EXPORTED = ZonedDateTime.of(2026, 11, 25, 21, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final EvidenceListPdf lists = new EvidenceListPdf(TestDocuments.FONT);

    @Test
    void aShortListHasBothLanguagesTheCaseAndEveryColumn() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(rows(3)))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Evidence list 证据目录", "Case number 案号", "(2026)京73民初1024号", "北京知识产权法院",
                    "Exported by 导出人", "李律师 (counsel)", "2026-11-25 21:30:00 +08:00", "Items 证据数量", "Exhibit", "证据编号",
                    "Fact to prove", "证明目的", "SHA-256", "SM3", "Received", "接收时间", "P-001", "P-003",
                    "商品详情页截图 2", "被告销售侵权产品", "1 / 1");
        }
    }

    @Test
    void aThousandRowsRunOverManyPagesWithTheHeaderOnEachAndHashesWrapped() throws IOException {
        List<EvidenceListDocument.Row> rows = rows(1000);

        byte[] pdf = render(rows);

        assertThat(pdf.length).as("compressed content and a font subset keep it small").isLessThan(2_000_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("two or three lines a row, about a dozen rows a page").isBetween(60, 130);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page).contains(page + " / " + pages, "证据编号", "SHA-256");
            }
            assertThat(stripper.getText(document)).as("last page").contains("P-1000");
            String all = new PDFTextStripper().getText(document);
            for (EvidenceListDocument.Row row : List.of(rows.get(0), rows.get(499), rows.get(999))) {
                assertThat(all).contains(row.exhibit() + " ");
                // A hash does not fit its column: its first half starts one line, the second half the next.
                assertThat(all).contains(row.sha256().substring(0, 24));
                assertThat(all).doesNotContain(row.sha256());
            }
        }
    }

    private byte[] render(List<EvidenceListDocument.Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lists.render(new EvidenceListDocument("北京知识产权法院", "(2026)京73民初1024号", List.of("杭州云栈科技有限公司"),
                List.of("深圳市快购电子商务有限公司"), "李律师 (counsel)", EXPORTED, rows), out);
        return out.toByteArray();
    }

    private static List<EvidenceListDocument.Row> rows(int count) {
        List<EvidenceListDocument.Row> rows = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        for (int i = 1; i <= count; i++) {
            byte[] sha = new byte[32];
            byte[] sm3 = new byte[32];
            for (int b = 0; b < 32; b++) {
                sha[b] = (byte) (i * 31 + b * 7);
                sm3[b] = (byte) (i * 17 + b * 13);
            }
            rows.add(new EvidenceListDocument.Row(String.format("P-%03d", i), "商品详情页截图 " + i,
                    "被告销售侵权产品，销售数量与价格", "淘宝网店铺页面 (https://shop.example.com/item/" + i + ")",
                    hex.formatHex(sha), hex.formatHex(sm3), EXPORTED.minusDays(3).plusMinutes(i)));
        }
        return rows;
    }
}
