package org.evidencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksCannotStartALine() {
        assertThat(LogText.of("admin\r\nSEVERE: forged")).isEqualTo("admin\\r\\nSEVERE: forged").doesNotContain("\n", "\r");
    }

    @Test
    void otherControlsAndInvisibleMarksAreEscaped() {
        assertThat(LogText.of("a\u001b[31mb\u202ec\u2028d")).isEqualTo("a\\u001b[31mb\\u202ec\\u2028d");
    }

    @Test
    void ordinaryTextIncludingChineseIsKept() {
        assertThat(LogText.of("张伟 o'brien")).isEqualTo("张伟 o'brien");
        assertThat(LogText.of(null)).isEqualTo("(none)");
    }

    @Test
    void longTextIsCut() {
        assertThat(LogText.of("x".repeat(500))).hasSize(LogText.MAX_LENGTH + 3).endsWith("...");
    }
}
