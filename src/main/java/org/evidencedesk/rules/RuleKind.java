package org.evidencedesk.rules;

/** What a rule set is used for in a case. */
public enum RuleKind {
    /** Preliminary showings that move the burden of proof on a fact to the other side. */
    BURDEN_SHIFT,
    /**
     * The conditions of an order to produce evidence the other side controls (IPE art. 24, CE arts. 45–48).
     * An order moves no burden: the party ordered is whichever party controls the evidence, either side.
     */
    DISCLOSURE_ORDER,
    /**
     * Account books held mainly by the infringer, for setting damages (Patent Law art. 71 para. 4, Trademark
     * Law art. 63 para. 2, Copyright Law art. 54 para. 4): the court may order them produced, and if they are
     * not, or are false, may set damages by reference to the rights holder's claim and evidence. A consequence
     * for the amount of damages, not a burden that moves.
     */
    DAMAGES_ACCOUNT_BOOKS;

    /** Only a burden-shift rule names a side the burden moves to. */
    public boolean movesBurden() {
        return this == BURDEN_SHIFT;
    }

    public String messageKey() {
        return "ruleKind." + name();
    }

    /** What the rules page says follows from a rule of this kind, beside its consequence. */
    public String effectKey() {
        return "ruleKind.effect." + name();
    }
}
