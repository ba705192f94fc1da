package org.evidencedesk.evidence.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.evidencedesk.evidence.PageSize;
import org.evidencedesk.evidence.RenderingBusyException;
import org.evidencedesk.evidence.UnviewableContentException;
import org.evidencedesk.evidence.ViewOnlyRendering;
import org.evidencedesk.evidence.Watermark;

/**
 * View-only rendering with PDFBox for PDFs and ImageIO for PNG, JPEG and GIF images, recognised by their
 * content, not by the media type the uploader's browser claimed. Every page is drawn anew into a bounded
 * image, watermarked and encoded as PNG; at most two are drawn at once, so that the memory they take is
 * bounded however many people look.
 */
public final class PdfBoxViewOnlyRendering implements ViewOnlyRendering {

    private static final int CONCURRENT_DRAWINGS = 2;
    private static final long WAIT_SECONDS = 30;

    private final Semaphore drawings = new Semaphore(CONCURRENT_DRAWINGS, true);
    private final Watermarking watermarking;
    private final StreamCacheCreateFunction scratchFiles;

    /**
     * @param fontFile a TrueType font or collection with Latin and Chinese glyphs, for the watermark
     * @param scratchFiles where PDFBox keeps the streams it makes while it reads and draws a PDF
     */
    public PdfBoxViewOnlyRendering(Path fontFile, StreamCacheCreateFunction scratchFiles) {
        this.watermarking = new Watermarking(firstFontIn(fontFile));
        this.scratchFiles = scratchFiles;
    }

    @Override
    public List<PageSize> pages(SeekableByteChannel channel) {
        ChannelRandomAccessRead content = reader(channel);
        return isPdf(content) ? PdfPages.pages(content, scratchFiles) : ImagePages.pages(content);
    }

    @Override
    public Optional<byte[]> page(SeekableByteChannel channel, int number, Watermark watermark) {
        ChannelRandomAccessRead content = reader(channel);
        boolean pdf = isPdf(content);
        acquireDrawing();
        try {
            Optional<BufferedImage> page = pdf ? PdfPages.render(content, number, scratchFiles) : ImagePages.render(content, number);
            page.ifPresent(image -> watermarking.drawOn(image, watermark));
            return page.map(Watermarking::png);
        } finally {
            drawings.release();
        }
    }

    private void acquireDrawing() {
        try {
            if (!drawings.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new RenderingBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderingBusyException();
        }
    }

    private static ChannelRandomAccessRead reader(SeekableByteChannel channel) {
        try {
            return new ChannelRandomAccessRead(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read stored evidence", e);
        }
    }

    private static boolean isPdf(ChannelRandomAccessRead content) {
        try {
            return PdfPages.isPdf(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read stored evidence", e);
        }
    }

    private static Font firstFontIn(Path fontFile) {
        try {
            return Font.createFonts(fontFile.toFile())[0];
        } catch (FontFormatException | IOException e) {
            throw new IllegalArgumentException(fontFile + " is not a TrueType font or collection", e);
        }
    }
}
