package org.evidencedesk.dispute;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts on a case and in which capacities; decided by {@link CaseAccessPolicy}. Every page and service asks
 * this record, never the capacities themselves, what the user is on the case: each question below has one meaning.
 */
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

    /**
     * The party side the actor acts for, as counsel of the claimant or of the respondent; never {@link Side#COURT}.
     * A person a protective order names is such counsel (the order may name only counsel of the applicant's side),
     * so this is also the side a named person acts for.
     */
    public Optional<Side> side() {
        if (actsAs(CaseCapacity.CLAIMANT_COUNSEL)) {
            return Optional.of(Side.CLAIMANT);
        }
        if (actsAs(CaseCapacity.RESPONDENT_COUNSEL)) {
            return Optional.of(Side.RESPONDENT);
        }
        return Optional.empty();
    }

    /** Whether the actor is counsel of a party to the case, of either side. */
    public boolean isCounsel() {
        return side().isPresent();
    }

    /**
     * Whether a protective order naming {@code namedPersons} names the actor: only those persons see the evidence
     * produced under it (IPE art. 26), the court and the producing side aside.
     */
    public boolean isNamedIn(Collection<String> namedPersons) {
        return namedPersons.contains(username);
    }

    /**
     * Whether the actor works for the court on the case in any capacity: its clerk, the assigned judge, another
     * judge of the court, or the assigned technical investigator. Court staff see the whole record of the case.
     */
    public boolean isCourtStaff() {
        return actsAs(CaseCapacity.COURT_CLERK) || actsAs(CaseCapacity.COURT_JUDGE)
                || actsAs(CaseCapacity.ASSIGNED_JUDGE) || actsAs(CaseCapacity.ASSIGNED_INVESTIGATOR);
    }

    /**
     * Whether the actor keeps the case's record for the court: its clerk or its assigned judge (not another judge
     * of the court, nor the technical investigator, who assists without running the case).
     */
    public boolean keepsTheRecord() {
        return actsAs(CaseCapacity.COURT_CLERK) || actsAs(CaseCapacity.ASSIGNED_JUDGE);
    }

    public boolean isAssignedJudge() {
        return actsAs(CaseCapacity.ASSIGNED_JUDGE);
    }

    /**
     * Whether the actor may rule on the case's evidence and facts (admit, exclude, find it challenged; shift a
     * burden): only the judge assigned to the case. CE art. 85 para. 2: the adjudicating personnel (审判人员) examine
     * the evidence and judge independently whether and how far it proves; a clerk and a judge not on the case are
     * not the adjudicating personnel of this case, and a technical investigator's opinion is only a reference for
     * the panel, which bears the responsibility for the finding (Provisions on Technical Investigators art. 11).
     */
    public boolean mayRule() {
        return isAssignedJudge();
    }

    /**
     * The side whose exhibits the actor's submissions become: counsel submit for their party's side, and the court
     * lodges what it collects itself (CE art. 20) as {@link Side#COURT} through whoever keeps its record. Empty for
     * anybody else, who submits no evidence.
     */
    public Optional<Side> submitsEvidenceFor() {
        Optional<Side> side = side();
        if (side.isPresent()) {
            return side;
        }
        return keepsTheRecord() ? Optional.of(Side.COURT) : Optional.empty();
    }
}
