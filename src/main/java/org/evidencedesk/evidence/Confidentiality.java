package org.evidencedesk.evidence;

/** Who may see an item besides the side that submitted it and the court. */
public enum Confidentiality {
    /** Part of the public record. */
    PUBLIC_RECORD,
    /** Every party's counsel. */
    PARTIES,
    /** Counsel of each side, not the parties themselves. */
    COUNSEL_ONLY,
    /** The court only (and the side that submitted it). */
    COURT_ONLY;

    public String messageKey() {
        return "confidentiality." + name();
    }
}
