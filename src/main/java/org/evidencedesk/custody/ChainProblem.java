package org.evidencedesk.custody;

import org.evidencedesk.shared.Phrase;

/**
 * Every break {@link ChainCheck} can name, with the number of arguments it takes (entry numbers); the words are in
 * the message bundles under {@code custody.problem.<name>}, so the bundle verifier says them in its reader's language.
 */
public enum ChainProblem implements Phrase.Kind {

    OUT_OF_ORDER(2),
    MISSING_ENTRY(2),
    BROKEN_LINK(1),
    CHANGED_ENTRY(1),
    DETAILS_DIFFER(1),
    HEAD_MOVED(2),
    HEAD_MOVED_OTHER_HASH(2);

    private final int arity;

    ChainProblem(int arity) {
        this.arity = arity;
    }

    @Override
    public int arity() {
        return arity;
    }

    /** {@code custody.problem.} and the name in lower camel case: {@code BROKEN_LINK} is {@code custody.problem.brokenLink}. */
    @Override
    public String key() {
        return Phrase.Kind.key("custody.problem.", this);
    }
}
