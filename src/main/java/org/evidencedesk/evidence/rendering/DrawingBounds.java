package org.evidencedesk.evidence.rendering;

/**
 * How large a page image may be. A page is drawn at 120 dpi (A4 comes out at 992 × 1403 pixels, sharp on
 * a screen) and shrunk if it would be wider or taller than 3,000 pixels or hold more than four million:
 * each drawing holds its image in memory (16 MB at most), whatever size the file claims.
 */
final class DrawingBounds {

    static final float DPI = 120f;
    static final int MAX_SIDE = 3_000;
    static final long MAX_PIXELS = 4_000_000L;

    private DrawingBounds() {
    }

    /** The factor (at most 1) by which a drawing of this many pixels must shrink to stay within the bounds. */
    static double shrinkToFit(double width, double height) {
        return Math.min(1, Math.min(Math.min(MAX_SIDE / width, MAX_SIDE / height), Math.sqrt(MAX_PIXELS / (width * height))));
    }

    /** The smallest whole step by which an image can be subsampled (every n-th pixel) to stay within the bounds. */
    static int subsampling(long width, long height) {
        int step = 1;
        while (ceilDiv(width, step) > MAX_SIDE || ceilDiv(height, step) > MAX_SIDE
                || ceilDiv(width, step) * ceilDiv(height, step) > MAX_PIXELS) {
            step++;
        }
        return step;
    }

    static long ceilDiv(long value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
