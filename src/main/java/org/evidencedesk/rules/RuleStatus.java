package org.evidencedesk.rules;

/** Whether a rule set states binding law ({@code ACTIVE}) or a direction not yet law ({@code PROPOSED}). */
public enum RuleStatus {
    ACTIVE, PROPOSED;

    public String messageKey() {
        return "ruleStatus." + name();
    }
}
