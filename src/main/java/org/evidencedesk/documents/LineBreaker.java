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
        int start = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
            wrap(text, start, newline, maxWidth, width, lines);
            start = newline + 1;
        }
        wrap(text, start, text.length(), maxWidth, width, lines);
        return lines;
    }

    /**
     * Wraps the paragraph from {@code start} to {@code end} of {@code text}. Every line is a part of the paragraph, so
     * lines are cut out of the text by position rather than built a character at a time: an evidence list of 10,000
     * items breaks millions of characters.
     */
    private static void wrap(String text, int start, int end, float maxWidth, TextWidth width, List<String> lines) {
        int lineStart = start;
        float lineWidth = 0;
        for (int token = start; token < end; ) {
            int tokenEnd = tokenEnd(text, token, end);
            int visibleEnd = withoutTrailingSpace(text, token, tokenEnd);
            float visibleWidth = width.of(text, token, visibleEnd);
            if (lineWidth + visibleWidth <= maxWidth) {
                lineWidth += width.of(text, token, tokenEnd);
            } else {
                if (lineStart < token) {
                    lines.add(text.substring(lineStart, token).stripTrailing());
                }
                lineStart = token;
                if (visibleWidth <= maxWidth) {
                    lineWidth = width.of(text, token, tokenEnd);
                } else {
                    // Wider than a whole line: break between characters; the remainder starts the next line.
                    lineWidth = 0;
                    for (int i = token; i < visibleEnd; ) {
                        int character = text.codePointAt(i);
                        float characterWidth = width.ofCodePoint(character);
                        if (lineWidth + characterWidth > maxWidth && lineStart < i) {
                            lines.add(text.substring(lineStart, i));
                            lineStart = i;
                            lineWidth = 0;
                        }
                        lineWidth += characterWidth;
                        i += Character.charCount(character);
                    }
                    lineWidth += width.of(text, visibleEnd, tokenEnd);
                }
            }
            token = tokenEnd;
        }
        lines.add(text.substring(lineStart, end).stripTrailing());
    }

    /**
     * Pieces a line may break after: a Latin word with the spaces that follow it, or one CJK character
     * with the opening punctuation before it and the closing punctuation after it.
     */
    static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        for (int token = 0; token < paragraph.length(); ) {
            int tokenEnd = tokenEnd(paragraph, token, paragraph.length());
            tokens.add(paragraph.substring(token, tokenEnd));
            token = tokenEnd;
        }
        return tokens;
    }

    /** Where the token that starts at {@code start} ends: before the first character a line may break before. */
    private static int tokenEnd(String text, int start, int end) {
        int last = text.codePointAt(start);
        int i = start + Character.charCount(last);
        while (i < end) {
            int codePoint = text.codePointAt(i);
            if (breaksBefore(codePoint, last)) {
                return i;
            }
            last = codePoint;
            i += Character.charCount(codePoint);
        }
        return end;
    }

    /** Whether a line may break before {@code codePoint}, which follows {@code last} (of the same token so far). */
    private static boolean breaksBefore(int codePoint, int last) {
        if (isWide(codePoint)) {
            return !isClosing(codePoint) && !isOpening(last);
        }
        return !Character.isWhitespace(codePoint) && !isClosing(codePoint)
                && (Character.isWhitespace(last) || isWide(last) && !isOpening(last));
    }

    /** The end of the part from {@code start} to {@code end} without its trailing white space, as {@code stripTrailing}. */
    private static int withoutTrailingSpace(String text, int start, int end) {
        int visibleEnd = end;
        while (visibleEnd > start) {
            int codePoint = text.codePointBefore(visibleEnd);
            if (!Character.isWhitespace(codePoint)) {
                break;
            }
            visibleEnd -= Character.charCount(codePoint);
        }
        return visibleEnd;
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

    private static boolean isOpening(int codePoint) {
        return OPENING.indexOf(codePoint) >= 0;
    }
}
