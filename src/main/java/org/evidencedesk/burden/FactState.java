package org.evidencedesk.burden;

/** Where a fact in issue stands on its burden. */
public enum FactState {
    /** Claimed; the judge has not ruled on shifting the burden. */
    OPEN,
    /** The judge ruled that the burden moves under the fact's rule set. */
    SHIFTED,
    /** The judge ruled that it does not. */
    NOT_SHIFTED;

    public String messageKey() {
        return "factState." + name();
    }
}
