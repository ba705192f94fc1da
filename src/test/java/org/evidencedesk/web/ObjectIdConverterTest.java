package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectIdConverterTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "000", "12345678901234567890", "9223372036854775808", "1e3", " 1", "1 ",
            "+1", "0x10", "١٢"})
    void anythingThatCannotNameARecordFailsConversion(String value) {
        assertThatThrownBy(() -> ObjectIdConverter.parse(value)).isInstanceOf(ConverterException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "007", "999999999999999999"})
    void aPositiveNumberIsAnId(String value) {
        assertThat(ObjectIdConverter.parse(value)).isEqualTo(Long.parseLong(value));
    }
}
