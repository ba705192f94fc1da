package org.evidencedesk.dispute;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whose cases a list shows: those the user is a member of in a part their roles still allow
 * ({@code memberRoles}), plus all of one court's cases for its clerks and judges ({@code courtId} set).
 * A disabled user sees none.
 */
public record CaseViewer(Long userId, String username, Long courtId, boolean enabled, Set<MemberRole> memberRoles) {

    public CaseViewer {
        memberRoles = memberRoles.isEmpty() ? EnumSet.noneOf(MemberRole.class) : EnumSet.copyOf(memberRoles);
    }

    /** Sees one court's cases and no memberships: for commands and demo data acting as the court. */
    public static CaseViewer ofCourt(Long courtId) {
        return new CaseViewer(-1L, "", courtId, true, Set.of());
    }
}
