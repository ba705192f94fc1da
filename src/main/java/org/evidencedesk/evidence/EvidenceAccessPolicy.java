package org.evidencedesk.evidence;

import java.util.Optional;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.Side;

/**
 * Who sees an item, in one place: the court sees every item of its cases; counsel see their own side's
 * items and the other side's unless the item is for the court only. (Disclosure orders will refine this.)
 */
public final class EvidenceAccessPolicy {

    private EvidenceAccessPolicy() {
    }

    public static boolean maySee(CaseActor actor, EvidenceItem item) {
        if (isCourt(actor)) {
            return true;
        }
        Optional<Side> side = sideOf(actor);
        if (side.isEmpty()) {
            return false;
        }
        return side.get() == item.getSide() || item.getConfidentiality() != Confidentiality.COURT_ONLY;
    }

    /** The side on whose behalf the actor submits evidence, if any. */
    public static Optional<Side> sideOf(CaseActor actor) {
        if (actor.actsAs(CaseCapacity.CLAIMANT_COUNSEL)) {
            return Optional.of(Side.CLAIMANT);
        }
        if (actor.actsAs(CaseCapacity.RESPONDENT_COUNSEL)) {
            return Optional.of(Side.RESPONDENT);
        }
        if (actor.actsAs(CaseCapacity.COURT_CLERK) || actor.actsAs(CaseCapacity.ASSIGNED_JUDGE)) {
            return Optional.of(Side.COURT);
        }
        return Optional.empty();
    }

    public static boolean isCourt(CaseActor actor) {
        return actor.actsAs(CaseCapacity.COURT_CLERK) || actor.actsAs(CaseCapacity.COURT_JUDGE)
                || actor.actsAs(CaseCapacity.ASSIGNED_JUDGE) || actor.actsAs(CaseCapacity.ASSIGNED_INVESTIGATOR);
    }

    /** Whether looking at the item must be written to the custody log. */
    public static boolean viewsAreLogged(EvidenceItem item) {
        return item.getConfidentiality() != Confidentiality.PUBLIC_RECORD;
    }
}
