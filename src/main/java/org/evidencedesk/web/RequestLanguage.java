package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * The language to answer a request in: the one the browser chose with the switch ({@link LanguageCookie}), else the
 * first one the client asks for that Evidence Desk speaks, else the configured default. Pages ask through
 * {@link LocaleSelection}; refusal pages and the API's problems ask here directly. The API answers in the language of
 * {@code Accept-Language} alone, as api.md says: a program's language is its own, not its browser's.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    /** {@link SupportedLocales#ENGLISH} or {@link SupportedLocales#SIMPLIFIED_CHINESE}. */
    public static Locale of(HttpServletRequest request, Settings settings) {
        Optional<Locale> chosen = ProblemJson.isApiRequest(request) ? Optional.empty() : LanguageCookie.chosen(request);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            var supported = SupportedLocales.match(asked);
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return settings.defaultLocale();
    }

    /** The messages in that language, with no fallback to the JVM's own locale. */
    public static ResourceBundle messages(Locale language) {
        Locale bundleLocale = language.equals(SupportedLocales.ENGLISH) ? Locale.ROOT : language;
        return ResourceBundle.getBundle(PageMessages.BUNDLE, bundleLocale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
