package org.evidencedesk.dispute;

import java.util.EnumSet;
import java.util.Set;

/** The states of a case's life, from filing to closing (DESIGN.md "Case lifecycle"). */
public enum CaseStatus {
    SUBMITTED, CORRECTION_REQUESTED, NOT_ACCEPTED, ACCEPTED, SERVED, ANSWER_PERIOD, EVIDENCE_PERIOD,
    EVIDENCE_EXCHANGE, HEARING_SCHEDULED, HEARING, JUDGMENT, MEDIATED, WITHDRAWN, DISMISSED, APPEAL_WINDOW,
    CLOSED, SUSPENDED;

    /** Accepted and not yet decided: the states a case can be suspended from, mediated or dismissed in. */
    public static final Set<CaseStatus> PENDING = EnumSet.of(ACCEPTED, SERVED, ANSWER_PERIOD, EVIDENCE_PERIOD,
            EVIDENCE_EXCHANGE, HEARING_SCHEDULED, HEARING);

    /** Before the court has decided whether to accept. */
    public static final Set<CaseStatus> BEFORE_ACCEPTANCE = EnumSet.of(SUBMITTED, CORRECTION_REQUESTED);

    public boolean isFinished() {
        return this == NOT_ACCEPTED || this == CLOSED;
    }

    public String messageKey() {
        return "caseStatus." + name();
    }
}
