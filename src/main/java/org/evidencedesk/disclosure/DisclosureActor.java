package org.evidencedesk.disclosure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.Side;

/** Who acts on a request and in which of its roles, derived from their capacities on the case. */
public record DisclosureActor(String username, Set<DisclosureRole> roles) {

    public static final DisclosureActor SYSTEM = new DisclosureActor("system", EnumSet.of(DisclosureRole.SYSTEM));

    public DisclosureActor {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(DisclosureRole.class) : EnumSet.copyOf(roles));
    }

    /** The roles a case actor has on a request made by {@code applicant}. */
    public static DisclosureActor of(CaseActor actor, Side applicant) {
        Set<DisclosureRole> roles = EnumSet.noneOf(DisclosureRole.class);
        addCounsel(roles, actor.actsAs(CaseCapacity.CLAIMANT_COUNSEL), Side.CLAIMANT, applicant);
        addCounsel(roles, actor.actsAs(CaseCapacity.RESPONDENT_COUNSEL), Side.RESPONDENT, applicant);
        if (actor.actsAs(CaseCapacity.ASSIGNED_JUDGE)) {
            roles.add(DisclosureRole.JUDGE);
        }
        if (actor.actsAs(CaseCapacity.COURT_CLERK)) {
            roles.add(DisclosureRole.CLERK);
        }
        return new DisclosureActor(actor.username(), roles);
    }

    private static void addCounsel(Set<DisclosureRole> roles, boolean counselOf, Side side, Side applicant) {
        if (counselOf) {
            roles.add(side == applicant ? DisclosureRole.APPLICANT_COUNSEL : DisclosureRole.ORDERED_COUNSEL);
        }
    }

    public boolean acts(DisclosureRole role) {
        return roles.contains(role);
    }
}
