package org.evidencedesk.evidence.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.evidencedesk.evidence.PageSize;
import org.evidencedesk.evidence.UnviewableContentException;
import org.evidencedesk.evidence.Watermark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * View-only rendering on real files: what comes out is a PNG drawn anew, whose pixels differ from the
 * original's all over the page (the watermark is repeated, so no part can be cropped clean of it), that
 * carries none of the original's bytes; what cannot be shown safely is refused with the reason, before it
 * is decoded.
 */
class PdfBoxViewOnlyRenderingTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final String SECRET = "QUICKCART-FEATURE-TABLE-0x5eed";
    private static final Watermark COUNSEL = watermark("counsel", "Zhang Wei (Claimant counsel)");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final AtomicInteger scratchCaches = new AtomicInteger();
    private final PdfBoxViewOnlyRendering rendering = new PdfBoxViewOnlyRendering(FONT, () -> {
        scratchCaches.incrementAndGet();
        return new ScratchFile(MemoryUsageSetting.setupTempFileOnly().setTempDir(scratch().toFile()));
    });

    @TempDir
    Path temp;

    // ---- what is shown ----

    @Test
    void anImageIsDrawnAsANewPngWithTheWatermarkOverEveryPartAndNoneOfItsBytes() throws Exception {
        byte[] original = withTextChunk(png(blankImage(800, 600)), SECRET);

        assertThat(pages(original)).containsExactly(new PageSize(800, 600));
        byte[] shown = page(original, 1, COUNSEL);

        assertThat(Arrays.copyOf(shown, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(indexOf(shown, SECRET.getBytes(StandardCharsets.ISO_8859_1))).as("the original's text chunk").isEqualTo(-1);
        assertThat(indexOf(shown, Arrays.copyOfRange(original, 33, original.length))).as("the original's chunks").isEqualTo(-1);
        BufferedImage image = decode(shown);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertWatermarkedEverywhere(image, blankImage(800, 600));
    }

    @Test
    void aJpegIsRecognisedByItsContentAndDrawnAsPng() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(blankImage(300, 200), "jpeg", jpeg);

        byte[] shown = page(jpeg.toByteArray(), 1, COUNSEL);

        assertThat(Arrays.copyOf(shown, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(decode(shown).getWidth()).isEqualTo(300);
    }

    @Test
    void aPdfIsDrawnPageByPageAt120DpiWithTheWatermarkWhereItsOwnRenderingHasNone() throws Exception {
        byte[] original = pdf(2, PDRectangle.A4);

        List<PageSize> sizes = pages(original);
        byte[] shown = page(original, 2, COUNSEL);

        assertThat(sizes).containsExactly(new PageSize(992, 1403), new PageSize(992, 1403));
        assertThat(indexOf(shown, "%PDF".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        assertThat(indexOf(shown, SECRET.getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        BufferedImage image = decode(shown);
        assertThat(new PageSize(image.getWidth(), image.getHeight())).isEqualTo(sizes.get(1));
        try (PDDocument document = Loader.loadPDF(original)) {
            BufferedImage unmarked = new PDFRenderer(document).renderImage(1, 120f / 72f, ImageType.RGB);
            assertWatermarkedEverywhere(image, unmarked);
        }
    }

    @Test
    void aPdfIsReadWithTheScratchFilesItIsGivenAndLeavesNoneBehind() throws Exception {
        byte[] original = pdf(2, PDRectangle.A4);

        pages(original);
        page(original, 2, COUNSEL);

        assertThat(scratchCaches).as("scratch caches asked for: one per opening").hasValue(2);
        try (Stream<Path> left = Files.list(scratch())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theWatermarkIsTheViewersOwn() throws Exception {
        byte[] original = png(blankImage(400, 300));

        BufferedImage forCounsel = decode(page(original, 1, COUNSEL));
        BufferedImage forDefence = decode(page(original, 1, watermark("defence", "Chen Jing (Respondent counsel)")));

        assertThat(differingPixels(forCounsel, forDefence)).isGreaterThan(400 * 300 / 100);
    }

    @Test
    void aPageTooLargeToDrawAtFullResolutionIsShrunkToTheBounds() throws Exception {
        byte[] original = pdf(1, new PDRectangle(14_000, 7_000));

        assertThat(pages(original)).containsExactly(new PageSize(2828, 1414));
        BufferedImage image = decode(page(original, 1, COUNSEL));
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(DrawingBounds.MAX_PIXELS);
    }

    @Test
    void aLargePhotographIsDecodedSubsampledNeverAtFullSize() throws Exception {
        // 28 million pixels: every third is taken, as every other would still be 3,500 wide.
        byte[] photograph = solidPng(7_000, 4_000);

        assertThat(pages(photograph)).containsExactly(new PageSize(2334, 1334));
        BufferedImage image = decode(page(photograph, 1, COUNSEL));
        assertThat(image.getWidth()).isEqualTo(2334);
        assertThat(image.getHeight()).isEqualTo(1334);
    }

    @Test
    void pagesTheContentDoesNotHaveAreNotThere() throws Exception {
        byte[] twoPages = pdf(2, PDRectangle.LETTER);
        byte[] image = png(blankImage(50, 50));

        assertThat(render(twoPages, 3)).isEmpty();
        assertThat(render(twoPages, 0)).isEmpty();
        assertThat(render(image, 2)).isEmpty();
    }

    // ---- what is refused ----

    @Test
    void otherFormatsAreNotShown() {
        assertRefused("Meeting notes, not an image".getBytes(StandardCharsets.UTF_8), "evidence.view.format");
        assertRefused(new byte[] {0, 0, 0, 0, 0, 0, 0, 0}, "evidence.view.format");
    }

    @Test
    void aDamagedPdfOrImageIsRefused() throws Exception {
        assertRefused("%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 9 0 R>> this is not a PDF".getBytes(StandardCharsets.US_ASCII),
                "evidence.view.damaged");
        byte[] png = png(blankImage(200, 200));
        assertRefused(Arrays.copyOf(png, 20), "evidence.view.damaged");
        // Cut off inside its data, an image is recognised by its intact header and refused as it is drawn.
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> render(truncated, 1)).isInstanceOfSatisfying(UnviewableContentException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("evidence.view.damaged"));
    }

    @Test
    void aPdfWithTenThousandPagesIsRefused() throws Exception {
        UnviewableContentException refused = assertRefused(blankPages(10_000), "evidence.view.tooManyPages");
        assertThat(refused.arguments()).containsExactly(10_000, PdfPages.MAX_PAGES);
    }

    @Test
    void aPageOfAHundredThousandPointsASideIsRefused() throws Exception {
        byte[] original = pdf(1, new PDRectangle(100_000, 100_000));

        UnviewableContentException refused = assertRefused(original, "evidence.view.pageTooLarge");
        assertThat(refused.arguments()).containsExactly(1, PdfPages.MAX_PAGE_POINTS);
        assertThatThrownBy(() -> render(original, 1)).isInstanceOf(UnviewableContentException.class);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeItIsDecoded() throws Exception {
        // 100,000 × 100,000 pixels of RGB: 30 GB decoded, from a file of a few hundred bytes.
        byte[] bomb = pngFrom(100_000, 100_000, new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        long heapBefore = usedHeap();

        UnviewableContentException refused = assertRefused(bomb, "evidence.view.imageTooLarge");

        assertThat(refused.arguments()).containsExactly(100_000L, 100_000L, ImagePages.MAX_MEGAPIXELS);
        assertThatThrownBy(() -> render(bomb, 1)).isInstanceOf(UnviewableContentException.class);
        assertThat(usedHeap() - heapBefore).as("heap taken").isLessThan(64L << 20);
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(1, PDRectangle.A4))) {
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            ByteArrayOutputStream locked = new ByteArrayOutputStream();
            document.save(locked);
            assertRefused(locked.toByteArray(), "evidence.view.locked");
        }
    }

    // ---- helpers ----

    private Path scratch() throws IOException {
        return Files.createDirectories(temp.resolve("scratch"));
    }

    private static Watermark watermark(String username, String displayName) {
        return new Watermark(username, displayName, ZonedDateTime.of(2026, 3, 2, 14, 5, 0, 0, ZoneId.of("Asia/Shanghai")),
                "(2026)浙01知民初17号", "D-003");
    }

    private List<PageSize> pages(byte[] content) throws IOException {
        try (SeekableByteChannel channel = channel(content)) {
            return rendering.pages(channel);
        }
    }

    private byte[] page(byte[] content, int number, Watermark watermark) throws IOException {
        try (SeekableByteChannel channel = channel(content)) {
            return rendering.page(channel, number, watermark).orElseThrow();
        }
    }

    private java.util.Optional<byte[]> render(byte[] content, int number) throws IOException {
        try (SeekableByteChannel channel = channel(content)) {
            return rendering.page(channel, number, COUNSEL);
        }
    }

    private UnviewableContentException assertRefused(byte[] content, String messageKey) {
        UnviewableContentException refused = (UnviewableContentException) org.assertj.core.api.Assertions.catchThrowable(
                () -> pages(content));
        assertThat(refused).as("refusal of the content").isNotNull();
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        return refused;
    }

    /** The content as the store hands it out: a read-only channel on a file. */
    private SeekableByteChannel channel(byte[] content) throws IOException {
        Path file = Files.write(Files.createTempFile(temp, "content", ".bin"), content);
        return Files.newByteChannel(file, StandardOpenOption.READ);
    }

    /** Asserts that in each of 4 × 4 tiles of the page the watermark changed pixels: cropping cannot avoid it. */
    private static void assertWatermarkedEverywhere(BufferedImage shown, BufferedImage unmarked) {
        int tileWidth = shown.getWidth() / 4;
        int tileHeight = shown.getHeight() / 4;
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                long changed = 0;
                for (int y = row * tileHeight; y < (row + 1) * tileHeight; y++) {
                    for (int x = column * tileWidth; x < (column + 1) * tileWidth; x++) {
                        if ((shown.getRGB(x, y) & 0xffffff) != (unmarked.getRGB(x, y) & 0xffffff)) {
                            changed++;
                        }
                    }
                }
                assertThat(changed).as("watermarked pixels in tile %d,%d", row, column)
                        .isGreaterThan((long) tileWidth * tileHeight / 50);
            }
        }
    }

    private static long differingPixels(BufferedImage one, BufferedImage other) {
        long differing = 0;
        for (int y = 0; y < one.getHeight(); y++) {
            for (int x = 0; x < one.getWidth(); x++) {
                if (one.getRGB(x, y) != other.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static BufferedImage blankImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PNG with a text chunk after its header: a secret in the file that no rendering must carry. */
    private static byte[] withTextChunk(byte[] png, String text) {
        return concat(Arrays.copyOf(png, 33), chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(png, 33, png.length));
    }

    /** A grey RGB PNG of the given size, written row by row without ever holding the image. */
    private static byte[] solidPng(int width, int height) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 3];
        Arrays.fill(row, (byte) 0x80);
        row[0] = 0;
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED))) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        return pngFrom(width, height, compressed.toByteArray());
    }

    private static byte[] pngFrom(int width, int height, byte[] compressedData) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(PNG_SIGNATURE, chunk("IHDR", header.array()), chunk("IDAT", compressedData), chunk("IEND", new byte[0]));
    }

    private static byte[] pdf(int pages, PDRectangle size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                if (pages <= 10) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(font, 24);
                        content.newLineAtOffset(40, size.getHeight() / 2);
                        content.showText(SECRET + " page " + number);
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF of empty A6 pages written directly, with its cross-reference table: quicker than PDFBox for 10,000. */
    private static byte[] blankPages(int pages) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        offsets.add(pdf.length());
        pdf.append("1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n");
        offsets.add(pdf.length());
        pdf.append("2 0 obj<</Type/Pages/MediaBox[0 0 298 420]/Count ").append(pages).append("/Kids[");
        for (int page = 0; page < pages; page++) {
            pdf.append(page + 3).append(" 0 R ");
        }
        pdf.append("]>>endobj\n");
        for (int page = 0; page < pages; page++) {
            offsets.add(pdf.length());
            pdf.append(page + 3).append(" 0 obj<</Type/Page/Parent 2 0 R>>endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer<</Size ").append(offsets.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
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

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
