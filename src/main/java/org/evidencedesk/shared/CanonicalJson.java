package org.evidencedesk.shared;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small canonical JSON writer for what we sign and chain: objects with keys in code-point order, no
 * whitespace, strings escaped the one way (RFC 8785 for the values we use: strings, integers, nested
 * objects, arrays in their given order, null). The same input always gives the same bytes.
 */
public final class CanonicalJson {

    /** A value that is already canonical JSON (written by this class), embedded as it is. */
    public record Raw(String json) {
    }

    private CanonicalJson() {
    }

    public static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        writeValue(object, out);
        return out.toString();
    }

    private static void writeValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeValue(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else {
            writeString(value.toString(), out);
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(key.toString(), value));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(entry.getKey(), out);
            out.append(':');
            writeValue(entry.getValue(), out);
        }
        out.append('}');
    }

    /**
     * The string quoted and escaped; the runs of characters between escapes are copied whole (a bundle's manifest and
     * custody log are megabytes of strings, nearly all of them without a character to escape).
     */
    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, run, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
            run = i + 1;
        }
        out.append(text, run, text.length()).append('"');
    }
}
