package org.evidencedesk.web.access;

import org.evidencedesk.support.SharedServer;

/**
 * The capacities the access matrix tries, each as one user of the demo seed, in the order of the table's
 * columns. The demo's protective orders in the trade-secret case name {@code counsel} and not {@code counsel2}.
 */
public enum Capacity {
    CLAIMANT_NAMED("counsel", "claimant counsel named in the protective orders"),
    CLAIMANT_UNNAMED("counsel2", "claimant counsel not named in the protective orders"),
    RESPONDENT("defence", "respondent counsel"),
    CLERK("clerk", "clerk of the case's court"),
    ASSIGNED_JUDGE("judge", "assigned judge"),
    OTHER_JUDGE("judge2", "judge of the same court, not assigned"),
    INVESTIGATOR("investigator", "assigned technical investigator"),
    ADMIN("admin", "administrator"),
    ANONYMOUS("anonymous", "anonymous visitor");

    private static final String DEMO_PASSWORD = "Demo-Evidence-2026";

    private final String column;
    private final String description;

    Capacity(String column, String description) {
        this.column = column;
        this.description = description;
    }

    /** The table's column heading: the username, or "anonymous". */
    public String column() {
        return column;
    }

    public String username() {
        if (this == ANONYMOUS) {
            throw new IllegalStateException("The anonymous visitor has no username");
        }
        return column;
    }

    public String password() {
        return this == ADMIN ? SharedServer.ADMIN_PASSWORD : DEMO_PASSWORD;
    }

    public boolean loggedIn() {
        return this != ANONYMOUS;
    }

    @Override
    public String toString() {
        return column + " (" + description + ")";
    }
}
