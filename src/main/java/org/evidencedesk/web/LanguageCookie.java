package org.evidencedesk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * The language a browser chose with the switch, kept in a cookie of its own rather than in a session: a visitor who
 * switches the login page to Chinese holds nothing on the server, and the choice outlives logging out. The cookie
 * says only {@code en} or {@code zh-CN}; any other value is as if there were none.
 */
public final class LanguageCookie {

    static final String NAME = "evidencedesk-language";
    private static final int LIFETIME_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private LanguageCookie() {
    }

    /** The language the browser chose, if its cookie names one Evidence Desk speaks. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return parse(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Keeps {@code language} for the browser: for a year, on this application's paths, never sent cross-site. */
    static void choose(Locale language, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(NAME, language.toLanguageTag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(LIFETIME_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static Optional<Locale> parse(String value) {
        if (SupportedLocales.ENGLISH.toLanguageTag().equals(value)) {
            return Optional.of(SupportedLocales.ENGLISH);
        }
        if (SupportedLocales.SIMPLIFIED_CHINESE.toLanguageTag().equals(value)) {
            return Optional.of(SupportedLocales.SIMPLIFIED_CHINESE);
        }
        return Optional.empty();
    }
}
