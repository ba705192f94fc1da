package org.evidencedesk.rules;

/** What a rule set is used for in a case. */
public enum RuleKind {
    /** Preliminary showings that move the burden of proof on a fact to the other side. */
    BURDEN_SHIFT,
    /** The conditions of an order to produce evidence the other side controls. */
    DISCLOSURE_ORDER,
    /** Account books held by the infringer, for setting damages. */
    DAMAGES_ACCOUNT_BOOKS;

    public String messageKey() {
        return "ruleKind." + name();
    }
}
