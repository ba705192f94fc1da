package org.evidencedesk.evidence;

import org.evidencedesk.shared.BusinessException;

/**
 * View-only content that is not shown in the browser, and why: its format is not one that is drawn as
 * pages, or the file is damaged, locked or larger than can be drawn safely. It can still be inspected
 * at the court.
 */
public class UnviewableContentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private UnviewableContentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** Neither a PDF nor a PNG, JPEG or GIF image. */
    public static UnviewableContentException format() {
        return new UnviewableContentException("evidence.view.format");
    }

    /** The file says it is a PDF or an image but cannot be read as one. */
    public static UnviewableContentException damaged() {
        return new UnviewableContentException("evidence.view.damaged");
    }

    /** A PDF that needs a password to open. */
    public static UnviewableContentException locked() {
        return new UnviewableContentException("evidence.view.locked");
    }

    public static UnviewableContentException tooManyPages(int pages, int limit) {
        return new UnviewableContentException("evidence.view.tooManyPages", pages, limit);
    }

    /** A PDF page larger than PDF allows a page to be (its page number, the limit in points). */
    public static UnviewableContentException pageTooLarge(int page, int limitPoints) {
        return new UnviewableContentException("evidence.view.pageTooLarge", page, limitPoints);
    }

    /** An image with more pixels than are decoded (its width and height, the limit in millions of pixels). */
    public static UnviewableContentException imageTooLarge(long width, long height, long limitMegapixels) {
        return new UnviewableContentException("evidence.view.imageTooLarge", width, height, limitMegapixels);
    }
}
