package org.evidencedesk.evidence;

/** What the court has made of an item. */
public enum EvidenceStatus {
    SUBMITTED, ADMITTED, CHALLENGED, EXCLUDED;

    public String messageKey() {
        return "evidenceStatus." + name();
    }
}
