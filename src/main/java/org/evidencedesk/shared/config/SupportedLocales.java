package org.evidencedesk.shared.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Evidence Desk speaks: English and Simplified Chinese. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> ALL = List.of(ENGLISH, SIMPLIFIED_CHINESE);

    private SupportedLocales() {
    }

    /** The supported locale a requested one falls to: any Chinese but Traditional → zh_CN, any English → en. */
    public static Optional<Locale> match(Locale requested) {
        String language = requested.getLanguage();
        if ("zh".equals(language)) {
            boolean traditional = "Hant".equals(requested.getScript())
                    || List.of("TW", "HK", "MO").contains(requested.getCountry());
            return traditional ? Optional.empty() : Optional.of(SIMPLIFIED_CHINESE);
        }
        return "en".equals(language) ? Optional.of(ENGLISH) : Optional.empty();
    }
}
