package org.evidencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndNothingIsPadded() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", 2L);
        object.put("a", "x");
        object.put("c", null);

        assertThat(CanonicalJson.write(object)).isEqualTo("{\"a\":\"x\",\"b\":2,\"c\":null}");
    }

    @Test
    void stringsAreEscapedOneWay() {
        assertThat(CanonicalJson.write(Map.of("t", "quote\" back\\ line\n tab\t bell\u0007 中文")))
                .isEqualTo("{\"t\":\"quote\\\" back\\\\ line\\n tab\\t bell\\u0007 中文\"}");
    }

    @Test
    void rawJsonIsEmbeddedAsItIsAndNestedObjectsAreSortedToo() {
        assertThat(CanonicalJson.write(Map.of("outer", Map.of("z", 1L, "y", "2"), "raw", new CanonicalJson.Raw("{\"k\":1}"))))
                .isEqualTo("{\"outer\":{\"y\":\"2\",\"z\":1},\"raw\":{\"k\":1}}");
    }

    /** Every character from U+0000 to U+007F, Han and a surrogate pair, escaped as one character at a time would. */
    @Test
    void everyStringIsWrittenAsTheCharacterByCharacterEscapeWroteIt() {
        Random random = new Random(23);
        for (int text = 0; text < 5_000; text++) {
            StringBuilder built = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                int kind = random.nextInt(4);
                built.append(kind == 0 ? "证据" : kind == 1 ? "\uD83D\uDE00" : String.valueOf((char) random.nextInt(0x80)));
            }
            assertThat(CanonicalJson.write(Map.of("t", built.toString())))
                    .isEqualTo("{\"t\":" + escapedOneCharacterAtATime(built.toString()) + "}");
        }
    }

    /** The escape as this class wrote it before it copied runs whole. */
    private static String escapedOneCharacterAtATime(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
