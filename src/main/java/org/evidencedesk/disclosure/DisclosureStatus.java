package org.evidencedesk.disclosure;

import java.util.EnumSet;
import java.util.Set;

/** Where a disclosure request stands (DESIGN.md, Domain). */
public enum DisclosureStatus {
    DRAFT, FILED, UNDER_REVIEW, GRANTED, DENIED, WITHDRAWN, PRODUCED, PARTIAL, REFUSED, DEADLINE_LAPSED,
    INFERENCE_CANDIDATE, PRESUMPTION_APPLIED, PRESUMPTION_NOT_APPLIED,
    /** The applicant says the production was false, or the evidence destroyed or made unusable (IPE art. 25). */
    PRODUCTION_CHALLENGED,
    /** Account books not produced or false: the judge sets damages by reference to the rights holder's claim. */
    DAMAGES_FOUND,
    /** Account books not produced or false, but the judge declines to set damages by reference on that ground. */
    DAMAGES_NOT_BY_REFERENCE;

    /** Outcomes of an order that let the judge consider presuming the applicant's assertion true. */
    public static final Set<DisclosureStatus> NON_COMPLIANCE = EnumSet.of(PARTIAL, REFUSED, DEADLINE_LAPSED);

    /** What the system refers to the judge: a non-compliance, or the applicant's challenge to a production. */
    public static final Set<DisclosureStatus> REFERRED = EnumSet.of(PARTIAL, REFUSED, DEADLINE_LAPSED, PRODUCTION_CHALLENGED);

    /** Requests the court still has to act on. */
    public static final Set<DisclosureStatus> AWAITING_COURT = EnumSet.of(FILED, UNDER_REVIEW, INFERENCE_CANDIDATE);

    public String messageKey() {
        return "disclosureStatus." + name();
    }
}
