package org.evidencedesk.evidence.rendering;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.evidencedesk.evidence.Watermark;

/**
 * Draws the watermark across a page image and writes the page as PNG. The watermark's lines are drawn
 * diagonally, semi-transparent, in rows that tile the whole page, so that any part of a page large enough
 * to read also carries the viewer's name; the page stays legible underneath.
 */
final class Watermarking {

    private static final Color INK = new Color(176, 24, 24);
    private static final float OPACITY = 0.32f;
    private static final double ANGLE = -Math.PI / 6;

    private final Font font;

    /** @param font a font with Latin and Chinese glyphs: names and case numbers may be in either */
    Watermarking(Font font) {
        this.font = font;
    }

    void drawOn(BufferedImage page, Watermark watermark) {
        int width = page.getWidth();
        int height = page.getHeight();
        Graphics2D graphics = page.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setFont(font.deriveFont(Math.max(10f, Math.min(width, height) / 32f)));
            graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, OPACITY));
            graphics.setColor(INK);
            graphics.translate(width / 2.0, height / 2.0);
            graphics.rotate(ANGLE);
            tile(graphics, watermark.lines(), Math.hypot(width, height) / 2);
        } finally {
            graphics.dispose();
        }
    }

    /** Stamps the lines in rows, every other row shifted by half a stamp, over a square the page turns inside. */
    private static void tile(Graphics2D graphics, List<String> lines, double reach) {
        FontMetrics metrics = graphics.getFontMetrics();
        int lineHeight = metrics.getHeight();
        int stampWidth = lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
        int stepX = stampWidth + 2 * lineHeight;
        int stepY = lineHeight * (lines.size() + 1);
        int row = 0;
        for (double y = -reach - stepY; y < reach + stepY; y += stepY, row++) {
            double shift = row % 2 == 0 ? 0 : stepX / 2.0;
            for (double x = -reach - stepX + shift; x < reach + stepX; x += stepX) {
                for (int line = 0; line < lines.size(); line++) {
                    graphics.drawString(lines.get(line), (float) x, (float) (y + line * lineHeight));
                }
            }
        }
    }

    /** The page as PNG, encoded in memory: ImageIO's default would spool it through a temporary file. */
    static byte[] png(BufferedImage page) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(page);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a page image as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
