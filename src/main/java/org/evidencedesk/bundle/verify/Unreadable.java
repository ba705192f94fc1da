package org.evidencedesk.bundle.verify;

import java.io.IOException;
import org.evidencedesk.shared.Phrase;

/** A part of the bundle that cannot be read, with the reason as a phrase; the message is the English. */
final class Unreadable extends IOException implements Phrase.Said {

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
