package org.evidencedesk.dispute;

/** The time limits a case runs against, each shown on the case page, the dashboards and the calendar. */
public enum DeadlineKind {
    ACCEPTANCE, SERVICE, ANSWER, EVIDENCE_PERIOD, HEARING, APPEAL;

    public String messageKey() {
        return "deadline." + name();
    }
}
