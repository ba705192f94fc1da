package org.evidencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
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
}
