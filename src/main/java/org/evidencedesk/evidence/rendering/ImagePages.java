package org.evidencedesk.evidence.rendering;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.evidencedesk.evidence.PageSize;
import org.evidencedesk.evidence.UnviewableContentException;

/**
 * PNG, JPEG and GIF images as one page each (a GIF's first frame), decoded by ImageIO. The size is read
 * from the image's header before anything is decoded: an image claiming more than 100 million pixels (a
 * decompression bomb, or a scan no screen shows) is refused, and a large one is decoded subsampled, so the
 * decoded image is never larger than a page image may be.
 */
final class ImagePages {

    private static final Logger LOG = Logger.getLogger(ImagePages.class.getName());

    static final long MAX_MEGAPIXELS = 100;
    /** Formats whose readers recognise their files by signature; ImageIO's WBMP reader takes almost anything. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

    private ImagePages() {
    }

    static List<PageSize> pages(ChannelRandomAccessRead content) {
        return read(content, (reader, width, height, step) -> List.of(new PageSize(
                (int) DrawingBounds.ceilDiv(width, step), (int) DrawingBounds.ceilDiv(height, step))));
    }

    static Optional<BufferedImage> render(ChannelRandomAccessRead content, int number) {
        if (number != 1) {
            return Optional.empty();
        }
        return Optional.of(read(content, (reader, width, height, step) -> {
            ImageReadParam subsampled = reader.getDefaultReadParam();
            subsampled.setSourceSubsampling(step, step, 0, 0);
            return onWhite(reader.read(0, subsampled));
        }));
    }

    private interface Decoding<T> {
        T decode(ImageReader reader, long width, long height, int step) throws IOException;
    }

    private static <T> T read(ChannelRandomAccessRead content, Decoding<T> decoding) {
        try (ImageInputStream in = new ChannelImageInputStream(content)) {
            ImageReader reader = readerFor(in).orElseThrow(UnviewableContentException::format);
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw UnviewableContentException.damaged();
                }
                if (width * height > MAX_MEGAPIXELS * 1_000_000) {
                    throw UnviewableContentException.imageTooLarge(width, height, MAX_MEGAPIXELS);
                }
                return decoding.decode(reader, width, height, DrawingBounds.subsampling(width, height));
            } finally {
                reader.dispose();
            }
        } catch (UnviewableContentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "A view-only image could not be read: " + e, e);
            throw UnviewableContentException.damaged();
        }
    }

    private static Optional<ImageReader> readerFor(ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return Optional.of(reader);
                }
            } catch (IOException e) {
                // A reader that cannot name its format is not one of ours.
            }
            reader.dispose();
        }
        return Optional.empty();
    }

    /** The image on an opaque white page: transparent areas show as paper, and the watermark is drawn on RGB. */
    private static BufferedImage onWhite(BufferedImage decoded) {
        BufferedImage page = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = page.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
            graphics.drawImage(decoded, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return page;
    }
}
