package org.evidencedesk.documents;

/** How wide a piece of text is when set, in points; widths add up, as PDFBox applies no kerning. */
@FunctionalInterface
interface TextWidth {

    float of(String text);

    /** The width of one character, as {@link #of} measures it alone. */
    default float ofCodePoint(int codePoint) {
        return of(Character.toString(codePoint));
    }
}
