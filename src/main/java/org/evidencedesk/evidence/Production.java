package org.evidencedesk.evidence;

/**
 * Evidence produced under a court's disclosure order: which request it answers and the protective measures
 * the order set, which then bind the item.
 */
public record Production(long requestId, ProtectiveMeasures measures) {

    /** Protected evidence is never more open than counsel only, whatever the producer chose. */
    Confidentiality confidentialityFor(Confidentiality chosen) {
        boolean protectedItem = measures != null && measures.isAnyMeasure();
        if (protectedItem && (chosen == Confidentiality.PUBLIC_RECORD || chosen == Confidentiality.PARTIES)) {
            return Confidentiality.COUNSEL_ONLY;
        }
        return chosen;
    }
}
