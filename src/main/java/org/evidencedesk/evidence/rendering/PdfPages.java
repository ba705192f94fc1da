package org.evidencedesk.evidence.rendering;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.evidencedesk.evidence.PageSize;
import org.evidencedesk.evidence.UnviewableContentException;

/**
 * PDFs drawn page by page with PDFBox. The document is opened anew for each page (nothing of it stays in
 * memory between requests), streams PDFBox creates go to scratch files rather than the heap, and images
 * inside a page are subsampled to the page's resolution.
 */
final class PdfPages {

    private static final Logger LOG = Logger.getLogger(PdfPages.class.getName());

    /** More pages than anyone reads page by page in a browser: such a file is inspected at the court. */
    static final int MAX_PAGES = 1_000;
    /** PDF's own limit on a side of a page (ISO 32000-1, annex C): 14,400 units, 200 inches. */
    static final int MAX_PAGE_POINTS = 14_400;
    /** Readers accept a header anywhere in the first kilobyte, after junk a mail gateway may have added. */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final float POINTS_PER_INCH = 72f;

    private PdfPages() {
    }

    static boolean isPdf(ChannelRandomAccessRead content) throws IOException {
        byte[] start = new byte[HEADER_WINDOW];
        content.seek(0);
        int length = 0;
        for (int read; length < start.length && (read = content.read(start, length, start.length - length)) > 0; ) {
            length += read;
        }
        content.seek(0);
        return indexOf(start, length, HEADER) >= 0;
    }

    static List<PageSize> pages(ChannelRandomAccessRead content, StreamCacheCreateFunction scratchFiles) {
        try (PDDocument document = open(content, scratchFiles)) {
            checkPageCount(document.getNumberOfPages());
            List<PageSize> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                // The page tree may hold more pages than its count says.
                checkPageCount(sizes.size() + 1);
                sizes.add(sizeOf(page, sizes.size() + 1));
            }
            if (sizes.isEmpty()) {
                throw UnviewableContentException.damaged();
            }
            return sizes;
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    static Optional<BufferedImage> render(ChannelRandomAccessRead content, int number, StreamCacheCreateFunction scratchFiles) {
        try (PDDocument document = open(content, scratchFiles)) {
            checkPageCount(document.getNumberOfPages());
            if (number < 1 || number > document.getNumberOfPages()) {
                return Optional.empty();
            }
            float scale = scaleOf(document.getPage(number - 1), number);
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            return Optional.of(renderer.renderImage(number - 1, scale, ImageType.RGB));
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private static PDDocument open(ChannelRandomAccessRead content, StreamCacheCreateFunction scratchFiles) throws IOException {
        return Loader.loadPDF(content, "", null, null, scratchFiles);
    }

    private static void checkPageCount(int pages) {
        if (pages > MAX_PAGES) {
            throw UnviewableContentException.tooManyPages(pages, MAX_PAGES);
        }
    }

    /** The page's size in pixels as {@link PDFRenderer} draws it at {@link #scaleOf}: turned pages swap sides. */
    private static PageSize sizeOf(PDPage page, int number) {
        float scale = scaleOf(page, number);
        PDRectangle crop = page.getCropBox();
        int width = (int) Math.max(Math.floor(crop.getWidth() * scale), 1);
        int height = (int) Math.max(Math.floor(crop.getHeight() * scale), 1);
        int rotation = page.getRotation();
        return rotation == 90 || rotation == 270 ? new PageSize(height, width) : new PageSize(width, height);
    }

    /** Pixels per point for the page: the drawing resolution, shrunk for a page too large to draw at it. */
    private static float scaleOf(PDPage page, int number) {
        PDRectangle crop = page.getCropBox();
        float width = crop.getWidth();
        float height = crop.getHeight();
        if (!(width > 0 && height > 0)) {
            throw UnviewableContentException.damaged();
        }
        if (width > MAX_PAGE_POINTS || height > MAX_PAGE_POINTS) {
            throw UnviewableContentException.pageTooLarge(number, MAX_PAGE_POINTS);
        }
        float scale = DrawingBounds.DPI / POINTS_PER_INCH;
        return (float) (scale * DrawingBounds.shrinkToFit(width * scale, height * scale));
    }

    /** What the user is told about a PDF that could not be read; the cause goes to the log only. */
    private static UnviewableContentException refusal(Exception e) {
        if (e instanceof UnviewableContentException refused) {
            return refused;
        }
        if (e instanceof InvalidPasswordException) {
            return UnviewableContentException.locked();
        }
        LOG.log(Level.INFO, "A view-only PDF could not be read: " + e, e);
        return UnviewableContentException.damaged();
    }

    private static int indexOf(byte[] bytes, int length, byte[] pattern) {
        for (int start = 0; start <= length - pattern.length; start++) {
            int matched = 0;
            while (matched < pattern.length && bytes[start + matched] == pattern[matched]) {
                matched++;
            }
            if (matched == pattern.length) {
                return start;
            }
        }
        return -1;
    }
}
