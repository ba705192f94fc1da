package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseNumbersTest {

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ({year}){court}民初{number}号       | 2026 | 京73 | 123  | (2026)京73民初123号
            ({year}){court}民初{number}号       | 2027 | 沪73 | 1    | (2027)沪73民初1号
            （{year}）{court}知民初{number}号   | 2026 | 粤03 | 4567 | （2026）粤03知民初4567号
            {court}-{number}/{year}            | 2026 | 京73 | 9    | 京73-9/2026
            {court}民初{number}号               | 2026 | 京73 | 10   | 京73民初10号
            {year}-{year}-{number}             | 2026 | 京73 | 5    | 2026-2026-5
            CASE {number}                      | 2026 | 京73 | 1000 | CASE 1000
            """)
    void formatFillsInYearCourtAndNumber(String pattern, int year, String court, int number, String expected) {
        assertThat(CaseNumbers.format(pattern, year, court, number)).isEqualTo(expected);
    }
}
