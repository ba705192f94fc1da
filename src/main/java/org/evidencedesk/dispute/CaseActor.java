package org.evidencedesk.dispute;

import java.util.Collections;
import java.util.EnumSet;
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

    public boolean mayView() {
        return !capacities.isEmpty();
    }
}
