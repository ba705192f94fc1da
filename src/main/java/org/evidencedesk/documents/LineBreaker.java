package org.evidencedesk.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a measure. Chinese has no spaces, so a line may break after any
 * Han character; Latin text breaks between words, and a word wider than the line (a hash) is broken
 * between characters. Closing punctuation stays with the character before it and opening punctuation
 * with the one after, so no line starts with "，" or ends with "（". A newline starts a new line.
 */
final class LineBreaker {

    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…·,.;:!?)]}%";
    private static final String OPENING = "（《「『【〔〈“‘([{";
    /** Hangul Jamo, U+1100: nothing below it is wide (Latin, Greek, Cyrillic, Arabic, ...), asked without a lookup. */
    private static final int FIRST_WIDE = 0x1100;

    private LineBreaker() {
    }

    static List<String> lines(String text, float maxWidth, TextWidth width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrap(paragraph, maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrap(String paragraph, float maxWidth, TextWidth width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : tokens(paragraph)) {
            String visible = token.stripTrailing();
            float visibleWidth = width.of(visible);
            if (lineWidth + visibleWidth <= maxWidth) {
                line.append(token);
                lineWidth += width.of(token);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (visibleWidth <= maxWidth) {
                line.append(token);
                lineWidth = width.of(token);
            } else {
                // Wider than a whole line: break between characters; the remainder starts the next line.
                for (int i = 0; i < visible.length(); ) {
                    int character = visible.codePointAt(i);
                    float characterWidth = width.ofCodePoint(character);
                    if (lineWidth + characterWidth > maxWidth && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.appendCodePoint(character);
                    lineWidth += characterWidth;
                    i += Character.charCount(character);
                }
                String spaces = token.substring(visible.length());
                line.append(spaces);
                lineWidth += width.of(spaces);
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /**
     * Pieces a line may break after: a Latin word with the spaces that follow it, or one CJK character
     * with the opening punctuation before it and the closing punctuation after it.
     */
    static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int[] codePoints = paragraph.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int codePoint = codePoints[i];
            boolean breakBefore = !token.isEmpty() && (isWide(codePoint) && !isClosing(codePoint) && !endsWithOpening(token)
                    || !isWide(codePoint) && !Character.isWhitespace(codePoint) && !isClosing(codePoint)
                            && (endsWithSpace(token) || endsWithWide(token)));
            if (breakBefore) {
                tokens.add(token.toString());
                token.setLength(0);
            }
            token.appendCodePoint(codePoint);
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** Characters set one per break opportunity: Han, kana, Hangul, and full-width forms and punctuation. */
    static boolean isWide(int codePoint) {
        if (codePoint < FIRST_WIDE) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (codePoint == '“' || codePoint == '”'
                        || codePoint == '‘' || codePoint == '’' || codePoint == '…');
    }

    private static boolean isClosing(int codePoint) {
        return CLOSING.indexOf(codePoint) >= 0;
    }

    private static boolean endsWithOpening(StringBuilder token) {
        return OPENING.indexOf(token.codePointBefore(token.length())) >= 0;
    }

    private static boolean endsWithSpace(StringBuilder token) {
        return Character.isWhitespace(token.codePointBefore(token.length()));
    }

    private static boolean endsWithWide(StringBuilder token) {
        int last = token.codePointBefore(token.length());
        return isWide(last) && OPENING.indexOf(last) < 0;
    }
}
