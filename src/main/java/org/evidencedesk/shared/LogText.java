package org.evidencedesk.shared;

/**
 * Text a request supplied (a typed username, a file name, a header), made safe to write into a log line: a
 * carriage return or line feed in it would otherwise start a line of the attacker's choosing, and other control
 * characters (a terminal escape, a right-to-left override) would make the line lie to whoever reads it. They are
 * written as escapes instead ({@code \n}, {@code \u202e}), and the text is cut at {@link #MAX_LENGTH} characters.
 */
public final class LogText {

    static final int MAX_LENGTH = 200;

    private LogText() {
    }

    public static String of(String supplied) {
        if (supplied == null) {
            return "(none)";
        }
        StringBuilder safe = new StringBuilder(Math.min(supplied.length(), MAX_LENGTH) + 8);
        supplied.codePoints().limit(MAX_LENGTH).forEach(c -> append(safe, c));
        if (supplied.codePointCount(0, supplied.length()) > MAX_LENGTH) {
            safe.append("...");
        }
        return safe.toString();
    }

    private static void append(StringBuilder safe, int c) {
        switch (c) {
            case '\r' -> safe.append("\\r");
            case '\n' -> safe.append("\\n");
            case '\t' -> safe.append("\\t");
            case '\\' -> safe.append("\\\\");
            default -> {
                if (isUnsafe(c)) {
                    safe.append(String.format("\\u%04x", c));
                } else {
                    safe.appendCodePoint(c);
                }
            }
        }
    }

    /** Controls, line and paragraph separators, and the invisible marks that reorder or hide text. */
    private static boolean isUnsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }
}
