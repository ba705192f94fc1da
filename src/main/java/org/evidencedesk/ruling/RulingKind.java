package org.evidencedesk.ruling;

/** What a ruling decides; each names its subject (a disclosure request or a fact in issue). */
public enum RulingKind {
    DISCLOSURE_GRANTED, DISCLOSURE_DENIED, BURDEN_SHIFTED, BURDEN_NOT_SHIFTED, PRESUMPTION_APPLIED,
    PRESUMPTION_NOT_APPLIED;

    /** Whether the ruling's subject is a disclosure request (otherwise a fact in issue). */
    public boolean concernsDisclosure() {
        return this != BURDEN_SHIFTED && this != BURDEN_NOT_SHIFTED;
    }

    public String messageKey() {
        return "rulingKind." + name();
    }

    /** The message key of the decision's operative sentence, with the subject's details as arguments. */
    public String decisionKey() {
        return "rulingDecision." + name();
    }
}
