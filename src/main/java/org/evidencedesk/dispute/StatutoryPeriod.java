package org.evidencedesk.dispute;

/**
 * The periods in days that the law sets for a first-instance civil case and its appeal, each with the
 * rule that sets it. CPL is the Civil Procedure Law as amended in 2023; CE is the SPC Provisions on
 * Evidence in Civil Procedures (2019). All are counted per CPL art. 85 by {@link PeriodCounter}.
 */
public enum StatutoryPeriod {

    /** The court decides whether to accept a complaint within 7 days of receiving it. */
    ACCEPTANCE(7, "CPL art. 126"),
    /** The court serves a copy of the complaint on the defendant within 5 days of accepting the case. */
    SERVICE(5, "CPL art. 128"),
    /** The defendant answers within 15 days of being served. */
    ANSWER(15, "CPL art. 128"),
    /** A defendant without domicile in the PRC answers within 30 days of being served. */
    ANSWER_NO_DOMICILE(30, "CPL art. 285"),
    /** A court-set evidence period in first-instance ordinary procedure lasts at least 15 days. */
    EVIDENCE_PERIOD_MINIMUM(15, "CE art. 51"),
    /** An appeal against a judgment is filed within 15 days of its service. */
    APPEAL_JUDGMENT(15, "CPL art. 171"),
    /** An appeal against a ruling is filed within 10 days of its service. */
    APPEAL_RULING(10, "CPL art. 171"),
    /** A party without domicile in the PRC appeals within 30 days of service. */
    APPEAL_NO_DOMICILE(30, "CPL art. 286");

    private final int days;
    private final String legalBasis;

    StatutoryPeriod(int days, String legalBasis) {
        this.days = days;
        this.legalBasis = legalBasis;
    }

    public int days() {
        return days;
    }

    /** The rule that sets the period, as cited in the file, e.g. "CPL art. 126". */
    public String legalBasis() {
        return legalBasis;
    }
}
