package org.evidencedesk.dispute;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * One block of days off announced by the State Council, such as the Spring Festival, with its name in
 * both languages so that a deadline that moved can say why.
 */
public record PublicHoliday(String englishName, String chineseName, LocalDate from, LocalDate to) {

    public PublicHoliday {
        requireName(englishName, "English");
        requireName(chineseName, "Chinese");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("holiday '" + englishName + "' ends on " + to + ", before it starts on " + from);
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The name in Simplified Chinese for Chinese readers, in English for everyone else. */
    public String name(Locale locale) {
        boolean chinese = SupportedLocales.match(locale).filter(SupportedLocales.SIMPLIFIED_CHINESE::equals).isPresent();
        return chinese ? chineseName : englishName;
    }

    private static void requireName(String name, String language) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday has no " + language + " name");
        }
    }
}
