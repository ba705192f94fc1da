package org.evidencedesk.web.access;

import java.util.Set;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.support.SharedServer;

/**
 * The capacities the access matrix tries, each as one user of the demo seed, in the order of the table's
 * columns. The demo's protective orders in the trade-secret case name {@code counsel} and not {@code counsel2}.
 */
public enum Capacity {
    CLAIMANT_NAMED("counsel", "claimant counsel named in the protective orders", Role.COUNSEL),
    CLAIMANT_UNNAMED("counsel2", "claimant counsel not named in the protective orders", Role.COUNSEL),
    RESPONDENT("defence", "respondent counsel", Role.COUNSEL),
    CLERK("clerk", "clerk of the case's court", Role.CLERK),
    ASSIGNED_JUDGE("judge", "assigned judge", Role.JUDGE),
    OTHER_JUDGE("judge2", "judge of the same court, not assigned", Role.JUDGE),
    INVESTIGATOR("investigator", "assigned technical investigator", Role.TECH_INVESTIGATOR),
    ADMIN("admin", "administrator", Role.ADMIN),
    ANONYMOUS("anonymous", "anonymous visitor", null);

    private static final String DEMO_PASSWORD = "Demo-Evidence-2026";

    private final String column;
    private final String description;
    private final Role role;

    Capacity(String column, String description, Role role) {
        this.column = column;
        this.description = description;
        this.role = role;
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

    /**
     * The scopes of the capacity's API token: every scope its role may hold (the demo users' documented tokens;
     * the administrator's is made for the matrix), none for the anonymous visitor.
     */
    public Set<TokenScope> scopes() {
        return role == null ? Set.of() : TokenScope.allowedFor(Set.of(role));
    }

    public boolean loggedIn() {
        return this != ANONYMOUS;
    }

    @Override
    public String toString() {
        return column + " (" + description + ")";
    }
}
