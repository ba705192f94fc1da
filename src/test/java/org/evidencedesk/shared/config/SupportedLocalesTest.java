package org.evidencedesk.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLocalesTest {

    @Test
    void browserLanguagesFallToWhatWeSpeak() {
        assertThat(SupportedLocales.match(Locale.forLanguageTag("zh-CN"))).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.match(Locale.forLanguageTag("zh"))).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.match(Locale.forLanguageTag("zh-Hans-SG"))).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.match(Locale.forLanguageTag("en-GB"))).contains(Locale.ENGLISH);
        assertThat(SupportedLocales.match(Locale.forLanguageTag("zh-TW"))).isEmpty();
        assertThat(SupportedLocales.match(Locale.forLanguageTag("zh-Hant"))).isEmpty();
        assertThat(SupportedLocales.match(Locale.forLanguageTag("fr-FR"))).isEmpty();
    }
}
