package org.evidencedesk.rules;

import java.util.Locale;
import java.util.Objects;

/** A text of a rule set in both languages the product speaks. */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The Chinese text for a Chinese reader, the English one for everyone else. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
