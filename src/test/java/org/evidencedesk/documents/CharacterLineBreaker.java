package org.evidencedesk.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The line breaker as it was before it cut lines out of the text by position (round twenty-three): it built every
 * token and line a character at a time. Kept as the oracle {@link LineBreakerTest} holds the faster one to.
 */
final class CharacterLineBreaker {

    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…·,.;:!?)]}%";
    private static final String OPENING = "（《「『【〔〈“‘([{";

    private CharacterLineBreaker() {
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

    private static boolean isWide(int codePoint) {
        return LineBreaker.isWide(codePoint);
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
