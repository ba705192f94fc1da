package org.evidencedesk.documents;

/** How wide a piece of text is when set, in points; widths add up, as PDFBox applies no kerning. */
@FunctionalInterface
interface TextWidth {

    float of(String text);

    /** The width of one character, as {@link #of} measures it alone. */
    default float ofCodePoint(int codePoint) {
        return of(Character.toString(codePoint));
    }

    /**
     * The width of {@code text} from {@code start} to {@code end}, exactly as {@link #of} measures that part alone. A
     * measure that can add up a part in place overrides this: the line breaker measures every word of every cell.
     */
    default float of(String text, int start, int end) {
        return of(text.substring(start, end));
    }
}
