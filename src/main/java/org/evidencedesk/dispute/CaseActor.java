package org.evidencedesk.dispute;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Who acts on a case and in which capacities; decided by {@link CaseAccessPolicy}. */
public record CaseActor(String username, Set<CaseCapacity> capacities) {

    public CaseActor {
        capacities = Collections.unmodifiableSet(
                capacities.isEmpty() ? EnumSet.noneOf(CaseCapacity.class) : EnumSet.copyOf(capacities));
    }

    public boolean actsAs(CaseCapacity capacity) {
        return capacities.contains(capacity);
    }

    /**
     * Whether the actor keeps the case's record for the court: its clerk or its assigned judge (not another judge
     * of the court, nor the technical investigator, who assists without running the case).
     */
    public boolean keepsTheRecord() {
        return actsAs(CaseCapacity.COURT_CLERK) || actsAs(CaseCapacity.ASSIGNED_JUDGE);
    }

    /** The party side the actor acts for as its counsel; empty for court staff and for anyone else. */
    public Optional<Side> side() {
        if (actsAs(CaseCapacity.CLAIMANT_COUNSEL)) {
            return Optional.of(Side.CLAIMANT);
        }
        if (actsAs(CaseCapacity.RESPONDENT_COUNSEL)) {
            return Optional.of(Side.RESPONDENT);
        }
        return Optional.empty();
    }

    /** Whether the actor serves the court on this case in any capacity: clerk, assigned or other judge, investigator. */
    public boolean isCourtStaff() {
        return actsAs(CaseCapacity.COURT_CLERK) || actsAs(CaseCapacity.COURT_JUDGE)
                || actsAs(CaseCapacity.ASSIGNED_JUDGE) || actsAs(CaseCapacity.ASSIGNED_INVESTIGATOR);
    }

    public boolean mayView() {
        return !capacities.isEmpty();
    }
}
