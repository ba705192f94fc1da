package org.evidencedesk.documents;

/**
 * How a block of text is set.
 *
 * @param size font size in points
 * @param bold drawn heavier (the font has no bold face, so the outline is stroked as well as filled)
 * @param alignment where each line sits between the margins
 * @param spaceAfter points left blank below the block
 */
record TextStyle(float size, boolean bold, Alignment alignment, float spaceAfter) {

    enum Alignment { LEFT, CENTER, RIGHT }

    static final TextStyle TITLE = new TextStyle(16, true, Alignment.CENTER, 6);
    static final TextStyle SUBTITLE = new TextStyle(13, true, Alignment.CENTER, 4);
    static final TextStyle HEADING = new TextStyle(11.5f, true, Alignment.LEFT, 4);
    static final TextStyle BODY = new TextStyle(10.5f, false, Alignment.LEFT, 6);

    /** Points from one baseline to the next: CJK text needs more room between lines than Latin. */
    float leading() {
        return size * 1.55f;
    }

    TextStyle aligned(Alignment other) {
        return new TextStyle(size, bold, other, spaceAfter);
    }
}
