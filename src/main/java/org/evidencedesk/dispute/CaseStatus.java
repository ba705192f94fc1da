package org.evidencedesk.dispute;

import java.util.EnumSet;
import java.util.Set;

/** The states of a case's life, from filing to closing (DESIGN.md "Case lifecycle"). */
public enum CaseStatus {
    SUBMITTED, CORRECTION_REQUESTED, NOT_ACCEPTED, ACCEPTED, SERVED, ANSWER_PERIOD, EVIDENCE_PERIOD,
    EVIDENCE_EXCHANGE, HEARING_SCHEDULED, HEARING, JUDGMENT, MEDIATED, WITHDRAWN, DISMISSED, APPEAL_WINDOW,
    /**
     * A party has appealed. The appeal is lodged through this court, which serves it on the other side and then sends
     * the whole file and the evidence to the court of second instance (CPL arts. 173, 174: "连同全部案卷和证据，报送
     * 第二审人民法院"); the decision does not take effect (CPLI art. 536). The case is not closed here: it stays
     * APPEALED, where the clerk still records the service on, and the appeals of, the other parties.
     */
    APPEALED,
    CLOSED, SUSPENDED;

    /** Accepted and not yet decided: the states a case can be suspended from, mediated or dismissed in. */
    public static final Set<CaseStatus> PENDING = EnumSet.of(ACCEPTED, SERVED, ANSWER_PERIOD, EVIDENCE_PERIOD,
            EVIDENCE_EXCHANGE, HEARING_SCHEDULED, HEARING);

    /** Before the court has decided whether to accept. */
    public static final Set<CaseStatus> BEFORE_ACCEPTANCE = EnumSet.of(SUBMITTED, CORRECTION_REQUESTED);

    /** Appealable decisions whose appeal periods are running: service and appeals are recorded here. */
    public static final Set<CaseStatus> APPEALABLE = EnumSet.of(NOT_ACCEPTED, JUDGMENT, DISMISSED, APPEAL_WINDOW, APPEALED);

    /**
     * Nothing more happens on the merits at this court: refused (only its appeal period may still run), appealed
     * (the file is with the court of second instance) or closed. No evidence is taken any more.
     */
    public boolean isFinished() {
        return this == NOT_ACCEPTED || this == APPEALED || this == CLOSED;
    }

    public String messageKey() {
        return "caseStatus." + name();
    }
}
