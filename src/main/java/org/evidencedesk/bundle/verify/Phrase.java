package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One sentence of a verification report, as a message key with its arguments, so the page says it in the viewer's
 * language and the verify command in the one asked for with {@code --lang}. An argument is a name, a number or a
 * hash as found (a {@link String}), or itself a phrase, said in the same language.
 *
 * @param sentence which sentence; its key names it in the message bundles
 * @param arguments exactly as many as the sentence takes
 */
public record Phrase(Sentence sentence, List<Object> arguments) {

    public static final String BUNDLE = "org.evidencedesk.web.messages";

    public Phrase {
        Objects.requireNonNull(sentence, "sentence");
        arguments = List.copyOf(arguments);
        if (arguments.size() != sentence.arity()) {
            throw new IllegalArgumentException(sentence + " takes " + sentence.arity() + " arguments, not " + arguments.size());
        }
        for (Object argument : arguments) {
            if (!(argument instanceof String) && !(argument instanceof Phrase)) {
                throw new IllegalArgumentException(sentence + ": an argument is a String or a Phrase, not " + argument.getClass());
            }
        }
    }

    /** Numbers and times become text here, so they read the same in every language and are never regrouped. */
    static Phrase of(Sentence sentence, Object... arguments) {
        return new Phrase(sentence, Arrays.stream(arguments)
                .map(argument -> argument instanceof Phrase phrase ? phrase : String.valueOf(argument)).toList());
    }

    /** Several phrases as one, in order. */
    static Phrase all(List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("nothing to say");
        }
        Phrase joined = phrases.get(0);
        for (Phrase next : phrases.subList(1, phrases.size())) {
            joined = of(Sentence.AND, joined, next);
        }
        return joined;
    }

    /** What an exception says: its own phrase if it is one of the verifier's, else its message as it stands. */
    static Phrase of(Exception e) {
        return e instanceof Said said ? said.phrase() : of(Sentence.AS_REPORTED, String.valueOf(e.getMessage()));
    }

    public String key() {
        return sentence.key();
    }

    public String render(ResourceBundle messages) {
        Object[] values = arguments.stream()
                .map(argument -> argument instanceof Phrase phrase ? phrase.render(messages) : argument).toArray();
        try {
            return new MessageFormat(messages.getString(key()), messages.getLocale()).format(values);
        } catch (MissingResourceException e) {
            return key() + arguments;
        }
    }

    /** The sentence in one of the two languages, read from the bundles on the class path. */
    public String in(Locale locale) {
        return render(messages(locale));
    }

    /** For logs and exception messages: English. */
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

    /** An exception whose reason is a phrase. */
    interface Said {
        Phrase phrase();
    }

    /** A part of the bundle that cannot be read, with the reason as a phrase; the message is the English. */
    static final class Unreadable extends IOException implements Said {

        private static final long serialVersionUID = 1L;
        private final transient Phrase phrase;

        Unreadable(Sentence sentence, Object... arguments) {
            this(Phrase.of(sentence, arguments), null);
        }

        Unreadable(Phrase phrase, Throwable cause) {
            super(phrase.toString(), cause);
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /** A text of the bundle (JSON, a custody line) that is not what it must be, with the reason as a phrase. */
    static final class Malformed extends IllegalArgumentException implements Said {

        private static final long serialVersionUID = 1L;
        private final transient Phrase phrase;

        Malformed(Sentence sentence, Object... arguments) {
            super(Phrase.of(sentence, arguments).toString());
            this.phrase = Phrase.of(sentence, arguments);
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }
}
