package org.evidencedesk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.evidencedesk.shared.Phrase;

/**
 * Every sentence the client prints, from the same message bundles as the server and the verify command ({@code cli.*}
 * keys), in English or Simplified Chinese.
 */
final class Texts {

    private final Locale locale;
    private final ResourceBundle messages;

    Texts(Locale locale) {
        this.locale = locale;
        this.messages = Phrase.messages(locale);
    }

    /** {@code zh}, {@code zh-CN}, {@code zh_CN}: Simplified Chinese; anything else: English. */
    static Texts of(String languageTag) {
        return new Texts(languageTag.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The language code for {@code --lang} and {@code Accept-Language}. */
    String language() {
        return chinese() ? "zh-CN" : "en";
    }

    String say(String key, Object... arguments) {
        try {
            return new MessageFormat(messages.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String say(Phrase phrase) {
        return phrase.render(messages);
    }
}
