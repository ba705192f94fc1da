package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;

/**
 * Who may see a case and in which capacities they act on it, in one place: counsel and assigned court
 * members through their membership, clerks and judges through their court. Nobody else sees it at all.
 */
@ApplicationScoped
public class CaseAccessPolicy {

    public CaseActor actorFor(UserAccount user, DisputeCase disputeCase) {
        return new CaseActor(user.getUsername(), capacities(user, disputeCase));
    }

    static Set<CaseCapacity> capacities(UserAccount user, DisputeCase disputeCase) {
        Set<CaseCapacity> capacities = EnumSet.noneOf(CaseCapacity.class);
        if (!user.isEnabled()) {
            return capacities;
        }
        boolean sameCourt = user.getCourtId() != null && Objects.equals(user.getCourtId(), disputeCase.getCourt().getId());
        if (sameCourt && user.hasRole(Role.CLERK)) {
            capacities.add(CaseCapacity.COURT_CLERK);
        }
        if (sameCourt && user.hasRole(Role.JUDGE)) {
            capacities.add(CaseCapacity.COURT_JUDGE);
        }
        for (CaseMember member : disputeCase.getMembers()) {
            if (member.getUser().getUsername().equals(user.getUsername()) && user.hasRole(member.getRole().requiredRole())) {
                capacities.add(switch (member.getRole()) {
                    case CLAIMANT_COUNSEL -> CaseCapacity.CLAIMANT_COUNSEL;
                    case RESPONDENT_COUNSEL -> CaseCapacity.RESPONDENT_COUNSEL;
                    case JUDGE -> CaseCapacity.ASSIGNED_JUDGE;
                    case CLERK -> CaseCapacity.COURT_CLERK;
                    case TECH_INVESTIGATOR -> CaseCapacity.ASSIGNED_INVESTIGATOR;
                });
            }
        }
        return capacities;
    }

    /** The same rule as a filter for lists and dashboards. */
    public CaseViewer viewerFor(UserAccount user) {
        boolean seesCourt = user.isEnabled() && user.getCourtId() != null
                && (user.hasRole(Role.CLERK) || user.hasRole(Role.JUDGE));
        Set<MemberRole> memberRoles = EnumSet.noneOf(MemberRole.class);
        for (MemberRole role : MemberRole.values()) {
            if (user.hasRole(role.requiredRole())) {
                memberRoles.add(role);
            }
        }
        return new CaseViewer(user.getId(), user.getUsername(), seesCourt ? user.getCourtId() : null, user.isEnabled(),
                memberRoles);
    }
}
