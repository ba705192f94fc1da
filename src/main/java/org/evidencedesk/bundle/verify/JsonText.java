package org.evidencedesk.bundle.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencedesk.shared.Phrase;

/**
 * Reads the JSON a bundle carries ({@code manifest.json}, receipts, checkpoint) into maps, lists, strings,
 * longs, booleans and nulls. Small on purpose: the verify command carries no JSON library, and what it reads
 * is checked against signed digests anyway. Nesting is limited, so a hostile file cannot exhaust the stack.
 */
final class JsonText {

    private static final int MAX_DEPTH = 32;
    /** Receipts, checkpoints and custody lines hold a few values; these caps are far above them. */
    private static final int DEFAULT_ARRAY = 10_000;
    private static final int DEFAULT_VALUES = 100_000;

    private final String text;
    private final int maxArray;
    private final int maxValues;
    private int values;
    private int at;

    private JsonText(String text, int maxArray, int maxValues) {
        this.text = text;
        this.maxArray = maxArray;
        this.maxValues = maxValues;
    }

    /** @throws IllegalArgumentException if the text is not one JSON value */
    static Object parse(String text) {
        return parse(text, DEFAULT_ARRAY, DEFAULT_VALUES);
    }

    /**
     * Reads a value whose size a hostile file chooses: an array longer than {@code maxArray}, or more than
     * {@code maxValues} values in all, is refused as soon as it is met, before the rest is read into memory.
     *
     * @throws IllegalArgumentException if the text is not one JSON value, or passes a cap
     */
    static Object parse(String text, int maxArray, int maxValues) {
        JsonText reader = new JsonText(text, maxArray, maxValues);
        Object value = reader.value(0);
        reader.space();
        if (reader.at != text.length()) {
            throw reader.error(Phrase.of(Sentence.JSON_TEXT_AFTER));
        }
        return value;
    }

    static Map<String, Object> object(String text) {
        return object(text, DEFAULT_ARRAY, DEFAULT_VALUES);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text, int maxArray, int maxValues) {
        Object value = parse(text, maxArray, maxValues);
        if (!(value instanceof Map)) {
            throw new Malformed(Sentence.JSON_NOT_OBJECT);
        }
        return (Map<String, Object>) value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error(Phrase.of(Sentence.JSON_TOO_DEEP));
        }
        if (++values > maxValues) {
            throw new Malformed(Sentence.JSON_TOO_MANY_VALUES, maxValues);
        }
        space();
        if (at >= text.length()) {
            throw error(Phrase.of(Sentence.JSON_END));
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) {
            return object;
        }
        do {
            space();
            if (at >= text.length() || text.charAt(at) != '"') {
                throw error(Phrase.of(Sentence.JSON_KEY_EXPECTED));
            }
            String key = string();
            space();
            expect(':');
            object.put(key, value(depth + 1));
            space();
        } while (peek(','));
        expect('}');
        return object;
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        at++;
        space();
        if (peek(']')) {
            return array;
        }
        do {
            if (array.size() == maxArray) {
                throw new Malformed(Sentence.JSON_TOO_MANY_ITEMS, maxArray);
            }
            array.add(value(depth + 1));
            space();
        } while (peek(','));
        expect(']');
        return array;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error(Phrase.of(Sentence.JSON_SHORT_ESCAPE));
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error(Phrase.of(Sentence.JSON_BAD_ESCAPE));
                    }
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw error(Phrase.of(Sentence.JSON_UNTERMINATED));
    }

    private Object number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(number);
            } catch (NumberFormatException notANumber) {
                throw error(Phrase.of(Sentence.JSON_UNEXPECTED_CHARACTER));
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error(Phrase.of(Sentence.JSON_UNEXPECTED_WORD));
        }
        at += word.length();
        return value;
    }

    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(Phrase.of(Sentence.JSON_EXPECTED, String.valueOf(c)));
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(Phrase problem) {
        return new Malformed(Sentence.JSON_INVALID, problem, at);
    }
}
