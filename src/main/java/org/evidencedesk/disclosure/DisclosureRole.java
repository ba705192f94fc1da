package org.evidencedesk.disclosure;

/** The part a person plays on one request: relative to its applicant, or as the court. */
public enum DisclosureRole {
    /** Counsel of the side that applied. */
    APPLICANT_COUNSEL,
    /** Counsel of the opposing party, whom the order would bind. */
    ORDERED_COUNSEL,
    /** A judge assigned to the case. */
    JUDGE,
    /** A clerk of the case's court. */
    CLERK,
    /** The application itself, acting on a deadline. */
    SYSTEM;

    public String messageKey() {
        return "disclosureRole." + name();
    }
}
