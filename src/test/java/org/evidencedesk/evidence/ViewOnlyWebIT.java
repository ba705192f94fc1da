package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * View-only evidence over HTTP, on orders made for this test in the demo trade-secret case (Lianxin v.
 * Quickcart): the respondent produces into disclosure orders with counsel-only, view-only protection
 * naming {@code counsel}. After the undertaking counsel sees the pages as watermarked PNG images and never
 * the original bytes; formats that cannot be rendered, and hostile files, are not shown and the page says
 * why. And the item page's forms act on the item the page shows, whatever a forged postback names.
 */
@ExtendWith(SharedServer.class)
class ViewOnlyWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");
    private static final Pattern REQUEST_LINK = Pattern.compile("request\\.xhtml\\?id=(\\d+)");
    private static final Pattern RULE_OPTION = Pattern.compile("name=\"application:rule_input\"[^>]*>\\s*<option value=\"([^\"]+)\"");
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");
    private static final String SECRET = "LIANXIN-RANKER-WEIGHTS-7f3a9c";

    private static WebClient counsel;
    private static WebClient defence;
    private static WebClient judge;
    private static WebClient clerk;
    private static long caseId;

    private static byte[] screenshot;
    private static byte[] threePages;
    private static long screenshotItem;
    private static long pdfItem;
    private static long textItem;
    private static long brokenPdfItem;
    private static long bombItem;

    @BeforeAll
    static void produceUnderAViewOnlyOrder() throws Exception {
        counsel = loggedIn("counsel");
        defence = loggedIn("defence");
        judge = loggedIn("judge");
        clerk = loggedIn("clerk");
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=lianxin").body());
        assertThat(link.find()).as("the demo case Lianxin").isTrue();
        caseId = Long.parseLong(link.group(1));

        screenshot = pngWithText(640, 400, SECRET);
        threePages = pdf(3, SECRET);
        long order = viewOnlyOrder("Screenshots and configuration of the ranking service");
        screenshotItem = produce(order, "ranker-screenshot.png", screenshot);
        pdfItem = produce(order, "ranker-config.pdf", threePages);
        textItem = produce(order, "ranker-notes.txt", ("Notes " + SECRET).getBytes(StandardCharsets.UTF_8));
        brokenPdfItem = produce(order, "broken.pdf", ("%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 9 0 R>> garbage "
                + System.nanoTime()).getBytes(StandardCharsets.US_ASCII));
        bombItem = produce(order, "bomb.png", pngHeaderOnly(100_000, 100_000));
        acceptUndertaking(counsel, screenshotItem);
    }

    @Test
    void theNamedPersonSeesAViewOnlyImageOnlyAsAWatermarkedPngAndNeverItsBytes() throws Exception {
        String page = counsel.get("evidence/item.xhtml?id=" + screenshotItem).body();
        assertThat(page).contains("/evidence/view/" + screenshotItem + "/page/1\"", "id=\"page-count\"")
                .doesNotContain("id=\"download-content\"");

        HttpResponse<byte[]> shown = counsel.getBytes("evidence/view/" + screenshotItem + "/page/1");

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(sha256(shown.body())).isNotEqualTo(sha256(screenshot));
        assertThat(indexOf(shown.body(), screenshot)).as("the original inside the answer").isEqualTo(-1);
        assertThat(indexOf(shown.body(), SECRET.getBytes(StandardCharsets.US_ASCII))).as("the original's text chunk").isEqualTo(-1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(shown.body()));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(differingPixels(image, ImageIO.read(new ByteArrayInputStream(screenshot))))
                .as("pixels the watermark changed").isGreaterThan(640 * 400 / 50);

        HttpResponse<byte[]> oldUrl = counsel.getBytes("evidence/view/" + screenshotItem);
        assertThat(oldUrl.statusCode()).isEqualTo(404);
        assertThat(indexOf(oldUrl.body(), screenshot)).isEqualTo(-1);
        assertThat(counsel.getBytes("evidence/download/content/" + screenshotItem).statusCode()).isEqualTo(403);
        assertThat(counsel.getBytes("evidence/view/" + screenshotItem + "/page/2").statusCode()).isEqualTo(404);
    }

    @Test
    void aViewOnlyPdfIsShownPageByPageWithItsPageCount() throws Exception {
        String page = counsel.get("evidence/item.xhtml?id=" + pdfItem).body();
        assertThat(page).contains("3 pages", "loading=\"lazy\"");
        for (int number = 1; number <= 3; number++) {
            assertThat(page).contains("/evidence/view/" + pdfItem + "/page/" + number + "\"");
            HttpResponse<byte[]> shown = counsel.getBytes("evidence/view/" + pdfItem + "/page/" + number);
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(indexOf(shown.body(), "%PDF".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
            assertThat(indexOf(shown.body(), SECRET.getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
            assertThat(ImageIO.read(new ByteArrayInputStream(shown.body())).getWidth()).isBetween(300, 3000);
        }
        assertThat(counsel.getBytes("evidence/view/" + pdfItem + "/page/4").statusCode()).isEqualTo(404);
        assertThat(counsel.getBytes("evidence/view/" + pdfItem + "/page/0").statusCode()).isEqualTo(404);
        assertThat(counsel.getBytes("evidence/download/content/" + pdfItem).statusCode()).isEqualTo(403);
    }

    @Test
    void viewingThePagesIsLoggedOncePerOpeningNotOncePerPage() throws Exception {
        long before = pageViewsLogged(pdfItem);
        for (int round = 0; round < 2; round++) {
            for (int number = 1; number <= 3; number++) {
                assertThat(counsel.getBytes("evidence/view/" + pdfItem + "/page/" + number).statusCode()).isEqualTo(200);
            }
        }
        assertThat(pageViewsLogged(pdfItem) - before).isBetween(0L, 1L);
        assertThat(pageViewsLogged(pdfItem)).as("the pages were seen, and that is on the record").isGreaterThanOrEqualTo(1);
    }

    @Test
    void otherFormatsAreNotShownAndThePageSaysTheyCanBeInspectedAtTheCourtInBothLanguages() throws Exception {
        String english = counsel.get("evidence/item.xhtml?id=" + textItem).body();
        assertThat(english).contains("id=\"inspect-at-court\"", "can be inspected at the court")
                .doesNotContain("/evidence/view/" + textItem + "/page/");
        WebClient inChinese = new WebClient(SharedServer.baseUrl()).acceptLanguage("zh-CN");
        assertThat(inChinese.login("counsel", PASSWORD).statusCode()).isEqualTo(302);
        String chinese = inChinese.get("evidence/item.xhtml?id=" + textItem).body();
        assertThat(chinese).contains("id=\"inspect-at-court\"", "可在法院查阅");
        HttpResponse<byte[]> refused = counsel.getBytes("evidence/view/" + textItem + "/page/1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(indexOf(refused.body(), SECRET.getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
    }

    @Test
    void aBrokenPdfAndADecompressionBombAreRefusedWithAClearMessage() throws Exception {
        assertThat(counsel.get("evidence/item.xhtml?id=" + brokenPdfItem).body())
                .contains("id=\"inspect-at-court\"", "damaged or not a PDF");
        assertThat(counsel.getBytes("evidence/view/" + brokenPdfItem + "/page/1").statusCode()).isEqualTo(403);
        assertThat(counsel.get("evidence/item.xhtml?id=" + bombItem).body())
                .contains("id=\"inspect-at-court\"", "100,000 × 100,000");
        assertThat(counsel.getBytes("evidence/view/" + bombItem + "/page/1").statusCode()).isEqualTo(403);
    }

    @Test
    void nothingIsShownBeforeTheUndertakingWhileTheCourtIsNotBound() throws Exception {
        long order = viewOnlyOrder("The ranking service's deployment manifests");
        long item = produce(order, "manifest.png", pngWithText(200, 100, "manifest " + System.nanoTime()));

        assertThat(counsel.getBytes("evidence/view/" + item + "/page/1").statusCode()).isEqualTo(403);
        assertThat(clerk.getBytes("evidence/view/" + item + "/page/1").statusCode()).isEqualTo(200);
        assertThat(clerk.getBytes("evidence/download/content/" + item).statusCode()).isEqualTo(200);
    }

    @Test
    void anUndertakingPostbackThatNamesAnotherItemRecordsNoUndertakingForThatItem() throws Exception {
        long shownOrder = viewOnlyOrder("The ranking service's feature store schema");
        long otherOrder = viewOnlyOrder("The ranking service's A/B test results");
        long shown = produce(shownOrder, "schema.png", pngWithText(200, 100, "schema " + System.nanoTime()));
        long other = produce(otherOrder, "ab-results.png", pngWithText(200, 100, "results " + System.nanoTime()));

        OpenPage page = counsel.open("evidence/item.xhtml?id=" + shown);
        assertThat(page.body()).contains("id=\"undertaking-text\"");
        OpenPage forged = new OpenPage("evidence/item.xhtml?id=" + other, page.body(), page.hiddenFields(), page.nonce());
        HttpResponse<String> answer = counsel.submit(forged, "accept", "submit", Map.of("agree_input", "on"));

        assertThat(answer.statusCode()).isIn(200, 302);
        assertThat(counsel.get("evidence/item.xhtml?id=" + other).body())
                .as("the other item still asks for its own undertaking").contains("id=\"undertaking-text\"");
        assertThat(counsel.getBytes("evidence/view/" + other + "/page/1").statusCode()).isEqualTo(403);
        assertThat(counsel.get("evidence/item.xhtml?id=" + shown).body())
                .as("the undertaking the person read and accepted is recorded").doesNotContain("id=\"undertaking-text\"");
    }

    @Test
    void aRulingPostbackThatNamesAnotherItemRulesOnlyOnTheItemShown() throws Exception {
        long order = viewOnlyOrder("The ranking service's model cards");
        long shown = produce(order, "card-1.png", pngWithText(200, 100, "card one " + System.nanoTime()));
        long other = produce(order, "card-2.png", pngWithText(200, 100, "card two " + System.nanoTime()));

        OpenPage page = judge.open("evidence/item.xhtml?id=" + shown);
        assertThat(page.body()).contains("id=\"ruling\"");
        OpenPage forged = new OpenPage("evidence/item.xhtml?id=" + other, page.body(), page.hiddenFields(), page.nonce());
        Map<String, String> ruling = new LinkedHashMap<>();
        ruling.put("status_input", "EXCLUDED");
        ruling.put("reason", "Produced outside the terms of the order.");
        HttpResponse<String> answer = judge.submit(forged, "ruling", "submit", ruling);

        assertThat(answer.statusCode()).isIn(200, 302);
        assertThat(status(judge, other)).as("the item the post named").doesNotContain("Excluded");
        assertThat(status(judge, shown)).as("the item the judge was looking at").contains("Excluded");
    }

    // ---- set-up over HTTP, as the people involved do it ----

    /** Counsel applies, the judge grants with an undertaking, view-only and counsel named; answers the request id. */
    private static long viewOnlyOrder(String sought) throws Exception {
        OpenPage form = counsel.open("disclosure/new.xhtml?case=" + caseId);
        Matcher rule = RULE_OPTION.matcher(form.body());
        assertThat(rule.find()).as("a rule set for disclosure orders").isTrue();
        Map<String, String> application = new LinkedHashMap<>();
        application.put("rule_input", rule.group(1));
        application.put("sought", sought + " " + System.nanoTime());
        application.put("fact", "That Quickcart's ranker uses the claimant's features");
        application.put("controlled", "Kept on Quickcart's own servers");
        application.put("mustProduce", "No other record shows it");
        HttpResponse<String> filed = counsel.submit(form, "application", "file", application);
        assertThat(filed.statusCode()).as("filing answered:\n%s", filed.body()).isEqualTo(302);
        Matcher request = REQUEST_LINK.matcher(filed.headers().firstValue("Location").orElseThrow());
        assertThat(request.find()).isTrue();
        long id = Long.parseLong(request.group(1));

        String path = "disclosure/request.xhtml?id=" + id;
        // The other side's opinion opens the review (CE art. 46 para. 1).
        assertThat(defence.submit(path, "opinion-form", "submit", Map.of("text", "Our own trade secret.")).statusCode())
                .isEqualTo(302);
        Map<String, String> grant = new LinkedHashMap<>();
        grant.put("dueOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString());
        grant.put("items", sought);
        grant.put("undertaking", "on");
        grant.put("viewOnly", "on");
        grant.put("named", "counsel");
        grant.put("reasons", "Material and in the respondent's control (IPE art. 24); its trade secrets are protected (art. 26).");
        HttpResponse<String> granted = judge.submit(path, "grant", "submit", grant);
        assertThat(granted.statusCode()).as("grant answered:\n%s", granted.body()).isEqualTo(302);
        assertThat(judge.get(path).body()).contains("request-GRANTED");
        return id;
    }

    /** The respondent produces one file into the order; answers the new item's id. */
    private static long produce(long order, String fileName, byte[] content) throws Exception {
        List<Long> before = produced(order);
        OpenPage page = defence.open("evidence/upload.xhtml?case=" + caseId + "&order=" + order);
        HttpResponse<String> uploaded = defence.upload(page, "upload:files", "describe messages", fileName, content);
        assertThat(uploaded.body()).as("upload of %s", fileName).contains("ed-pending");
        Map<String, String> describe = new LinkedHashMap<>();
        describe.put("items:0:confidentiality_input", "COUNSEL_ONLY");
        describe.put("items:0:fact", "Produced as ordered.");
        HttpResponse<String> submitted = defence.submit(page, "describe", "submit", describe);
        assertThat(submitted.statusCode()).as("submit answered:\n%s", submitted.body()).isEqualTo(302);
        List<Long> after = produced(order);
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.get(0);
    }

    private static List<Long> produced(long order) throws Exception {
        String page = defence.get("disclosure/request.xhtml?id=" + order).body();
        return ITEM_LINK.matcher(page).results().map(match -> Long.parseLong(match.group(1)))
                .distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static void acceptUndertaking(WebClient client, long item) throws Exception {
        OpenPage page = client.open("evidence/item.xhtml?id=" + item);
        HttpResponse<String> accepted = client.submit(page, "accept", "submit", Map.of("agree_input", "on"));
        assertThat(accepted.statusCode()).as("accepting answered:\n%s", accepted.body()).isEqualTo(302);
    }

    private static String status(WebClient client, long item) throws Exception {
        Matcher status = Pattern.compile("id=\"item-status\"[^>]*>(.*?)</").matcher(client.get("evidence/item.xhtml?id=" + item).body());
        assertThat(status.find()).isTrue();
        return status.group(1);
    }

    /** VIEWED entries for the item's rendered pages in the case's custody log, read by the clerk. */
    private static long pageViewsLogged(long item) throws Exception {
        HttpResponse<String> export = clerk.get("custody/" + caseId + ".jsonl");
        assertThat(export.statusCode()).isEqualTo(200);
        Pattern ofItem = Pattern.compile("\"item\":" + item + "[,}]");
        return export.body().lines()
                .filter(line -> line.contains("\"VIEWED\"") && ofItem.matcher(line).find() && line.contains("\"what\":\"pages\""))
                .count();
    }

    private static WebClient loggedIn(String username) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    // ---- files ----

    /** A PNG with a drawn pattern and a text chunk carrying {@code text}, so that its bytes are recognisable. */
    static byte[] pngWithText(int width, int height, String text) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(20, 60, 160));
        for (int x = 0; x < width; x += 40) {
            graphics.fillRect(x, 0, 8, height);
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] png = out.toByteArray();
        // After the signature (8 bytes) and IHDR (25 bytes): a tEXt chunk.
        return concat(slice(png, 0, 33), chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1)),
                slice(png, 33, png.length));
    }

    /** A valid PNG signature and header claiming the given size, and one tiny data chunk: a decompression bomb's front. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, chunk("IHDR", header.array()),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}), chunk("IEND", new byte[0]));
    }

    static byte[] pdf(int pages, String text) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " page " + number);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static long differingPixels(BufferedImage shown, BufferedImage original) {
        long differing = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                if ((shown.getRGB(x, y) & 0xffffff) != (original.getRGB(x, y) & 0xffffff)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
