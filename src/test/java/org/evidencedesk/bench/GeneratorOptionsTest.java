package org.evidencedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void onlyTheCountIsRequired() {
        GeneratorOptions options = GeneratorOptions.parse(new String[] {"--cases", "500"});

        assertThat(options).isEqualTo(new GeneratorOptions(500, 0.4, false, 2026, 1000));
    }

    @Test
    void everyOptionIsRead() {
        GeneratorOptions options = GeneratorOptions.parse(
                new String[] {"--append", "--cases", "7", "--court-share", "1", "--seed", "-3", "--batch", "2"});

        assertThat(options).isEqualTo(new GeneratorOptions(7, 1.0, true, -3, 2));
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {})).hasMessageContaining("Usage");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--cases", "0"})).hasMessageContaining("positive");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--cases"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--cases", "5", "--court-share", "1.5"}))
                .hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--cases", "5", "--everything"}))
                .hasMessageContaining("Unknown argument --everything");
    }
}
