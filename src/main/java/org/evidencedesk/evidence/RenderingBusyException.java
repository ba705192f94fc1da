package org.evidencedesk.evidence;

/**
 * Too many pages are being drawn at once to draw another within a reasonable wait: each drawing holds
 * a page-sized image in memory, so their number is bounded. Nothing the user did wrong; try again.
 */
public class RenderingBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingBusyException() {
        super("Too many view-only pages are being drawn at once");
    }
}
