package org.evidencedesk.dispute;

/** The capacity in which a user acts on one case, derived from their roles, their court and their membership. */
public enum CaseCapacity {
    /** A clerk of the court the case is filed with. */
    COURT_CLERK,
    /** A judge of that court, not assigned to the case. */
    COURT_JUDGE,
    /** A judge assigned to the case. */
    ASSIGNED_JUDGE,
    /** A technical investigator assigned to the case. */
    ASSIGNED_INVESTIGATOR,
    CLAIMANT_COUNSEL,
    RESPONDENT_COUNSEL
}
