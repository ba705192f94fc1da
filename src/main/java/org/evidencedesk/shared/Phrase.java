package org.evidencedesk.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence as a message key with its arguments, so it is said in the reader's language when it is shown, not
 * in English where it was found: the verification report's findings, and the reasons the signing checks and the
 * custody chain check give for them. An argument is a name, a number or a hash as found (a {@link String}), or
 * itself a phrase, said in the same language.
 *
 * @param key the sentence's key in the message bundles
 * @param arguments the values of its placeholders, in order
 */
public record Phrase(String key, List<Object> arguments) {

    public static final String BUNDLE = "org.evidencedesk.web.messages";

    /** A kind of sentence: its key in the message bundles and the number of arguments it takes. */
    public interface Kind {

        String key();

        int arity();

        /** The key of an enum constant: the prefix and the name in lower camel case ({@code SOME_CHANGED}: {@code someChanged}). */
        static String key(String prefix, Enum<?> constant) {
            String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(prefix).append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    /** An exception whose reason is a phrase; its message is the phrase in English, for logs. */
    public interface Said {
        Phrase phrase();
    }

    public Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof String) && !(argument instanceof Phrase)) {
                throw new IllegalArgumentException(key + ": an argument is a String or a Phrase, not " + argument.getClass());
            }
        }
    }

    /**
     * A sentence of a kind, refused with the wrong number of arguments. Numbers and times become text here, so they
     * read the same in every language and are never regrouped.
     */
    public static Phrase of(Kind kind, Object... arguments) {
        if (arguments.length != kind.arity()) {
            throw new IllegalArgumentException(kind + " takes " + kind.arity() + " arguments, not " + arguments.length);
        }
        return new Phrase(kind.key(), Arrays.stream(arguments)
                .map(argument -> argument instanceof Phrase phrase ? phrase : String.valueOf(argument)).toList());
    }

    public String render(ResourceBundle messages) {
        Object[] values = arguments.stream()
                .map(argument -> argument instanceof Phrase phrase ? phrase.render(messages) : argument).toArray();
        try {
            return new MessageFormat(messages.getString(key), messages.getLocale()).format(values);
        } catch (MissingResourceException e) {
            return key + arguments;
        }
    }

    /** The sentence in one of the two languages, read from the bundles on the class path. */
    public String in(Locale locale) {
        return render(messages(locale));
    }

    /** For logs, exception messages and the callers that keep a reason as text: English. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    /** The message bundle of a locale, English where there is none for it. */
    public static ResourceBundle messages(Locale locale) {
        Locale supported = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
