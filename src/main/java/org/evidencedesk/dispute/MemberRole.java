package org.evidencedesk.dispute;

import org.evidencedesk.identity.Role;

/** What a member does in one case; each belongs to a side and needs a global role. */
public enum MemberRole {
    CLAIMANT_COUNSEL(Side.CLAIMANT, Role.COUNSEL),
    RESPONDENT_COUNSEL(Side.RESPONDENT, Role.COUNSEL),
    JUDGE(Side.COURT, Role.JUDGE),
    CLERK(Side.COURT, Role.CLERK),
    TECH_INVESTIGATOR(Side.COURT, Role.TECH_INVESTIGATOR);

    private final Side side;
    private final Role requiredRole;

    MemberRole(Side side, Role requiredRole) {
        this.side = side;
        this.requiredRole = requiredRole;
    }

    public Side side() {
        return side;
    }

    public Role requiredRole() {
        return requiredRole;
    }

    public String messageKey() {
        return "memberRole." + name();
    }
}
