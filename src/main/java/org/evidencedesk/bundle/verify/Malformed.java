package org.evidencedesk.bundle.verify;

import org.evidencedesk.shared.Phrase;

/** A text of the bundle (JSON, a custody line) that is not what it must be, with the reason as a phrase. */
final class Malformed extends IllegalArgumentException implements Phrase.Said {

    private static final long serialVersionUID = 1L;
    private final transient Phrase phrase;

    Malformed(Sentence sentence, Object... arguments) {
        this(Phrase.of(sentence, arguments));
    }

    private Malformed(Phrase phrase) {
        super(phrase.toString());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
