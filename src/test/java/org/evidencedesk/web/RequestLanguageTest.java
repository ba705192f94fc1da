package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.SupportedLocales;
import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    private static final Settings SETTINGS = Settings.resolve(new java.util.Properties(), Map.of(), new java.util.Properties());

    @Test
    void theLanguageChosenWithTheSwitchComesBeforeTheBrowsersOnPages() {
        HttpServletRequest page = request("/login.xhtml", List.of(Locale.ENGLISH), new Cookie(LanguageCookie.NAME, "zh-CN"));

        assertThat(RequestLanguage.of(page, SETTINGS)).isEqualTo(SupportedLocales.SIMPLIFIED_CHINESE);
    }

    @Test
    void theApiAnswersInTheLanguageOfAcceptLanguageAlone() {
        HttpServletRequest api = request("/api", List.of(Locale.ENGLISH), new Cookie(LanguageCookie.NAME, "zh-CN"));

        assertThat(RequestLanguage.of(api, SETTINGS)).isEqualTo(SupportedLocales.ENGLISH);
    }

    @Test
    void aCookieThatNamesNoLanguageWeSpeakIsAsIfThereWereNone() {
        HttpServletRequest page = request("/home.xhtml", List.of(Locale.SIMPLIFIED_CHINESE), new Cookie(LanguageCookie.NAME, "fr"));

        assertThat(RequestLanguage.of(page, SETTINGS)).isEqualTo(SupportedLocales.SIMPLIFIED_CHINESE);
        assertThat(LanguageCookie.parse("en")).contains(SupportedLocales.ENGLISH);
        assertThat(LanguageCookie.parse("zh-CN")).contains(SupportedLocales.SIMPLIFIED_CHINESE);
        assertThat(LanguageCookie.parse("zh-TW")).isEmpty();
        assertThat(LanguageCookie.parse("")).isEmpty();
    }

    /** A request to {@code servletPath} asking for {@code locales}, with {@code cookie}: a proxy of the interface. */
    private static HttpServletRequest request(String servletPath, List<Locale> locales, Cookie cookie) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getLocales" -> Collections.enumeration(locales);
                    case "getCookies" -> new Cookie[] {cookie};
                    default -> null;
                });
    }
}
