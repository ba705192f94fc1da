package org.evidencedesk.disclosure;

import java.util.EnumSet;
import java.util.Set;

/** Where a disclosure request stands (DESIGN.md, Domain). */
public enum DisclosureStatus {
    DRAFT, FILED, UNDER_REVIEW, GRANTED, DENIED, WITHDRAWN, PRODUCED, PARTIAL, REFUSED, DEADLINE_LAPSED,
    INFERENCE_CANDIDATE, PRESUMPTION_APPLIED, PRESUMPTION_NOT_APPLIED;

    /** Outcomes of an order that let the judge consider presuming the applicant's assertion true. */
    public static final Set<DisclosureStatus> NON_COMPLIANCE = EnumSet.of(PARTIAL, REFUSED, DEADLINE_LAPSED);

    /** Requests the court still has to act on. */
    public static final Set<DisclosureStatus> AWAITING_COURT = EnumSet.of(FILED, UNDER_REVIEW, INFERENCE_CANDIDATE);

    public String messageKey() {
        return "disclosureStatus." + name();
    }
}
