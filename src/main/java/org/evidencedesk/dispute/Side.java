package org.evidencedesk.dispute;

/** Which side of a case a party or a member is on; the court is a side of its own. */
public enum Side {
    CLAIMANT("P"), RESPONDENT("D"), THIRD_PARTY("T"), COURT("C");

    private final String exhibitPrefix;

    Side(String exhibitPrefix) {
        this.exhibitPrefix = exhibitPrefix;
    }

    /** The letter that starts this side's exhibit numbers (P-001, D-001, ...). */
    public String exhibitPrefix() {
        return exhibitPrefix;
    }

    public String messageKey() {
        return "side." + name();
    }
}
