package org.evidencedesk.evidence;

import java.util.Optional;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.Side;

/**
 * Who sees an item, in one place: the court sees every item of its cases; counsel see their own side's
 * items and the other side's unless the item is for the court only; evidence produced under a disclosure
 * order with protective measures is seen only by the persons the order names, after their undertaking, and
 * only viewed, never downloaded, when the order says so. The court and the producing side are not bound.
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
        if (side.get() == item.getSide()) {
            return true;
        }
        return item.getConfidentiality() != Confidentiality.COURT_ONLY
                && item.protection().map(measures -> measures.admits(actor.username())).orElse(true);
    }

    /** Whether the actor must accept the order's confidentiality undertaking before seeing the item. */
    public static boolean needsUndertaking(CaseActor actor, EvidenceItem item) {
        return boundByMeasures(actor, item) && item.protection().orElseThrow().isUndertakingRequired();
    }

    /** Whether the actor may take a copy of the item's content, or only view it. */
    public static boolean mayDownload(CaseActor actor, EvidenceItem item) {
        return !(boundByMeasures(actor, item) && item.protection().orElseThrow().isViewOnly());
    }

    private static boolean boundByMeasures(CaseActor actor, EvidenceItem item) {
        return item.protection().isPresent() && !isCourt(actor)
                && sideOf(actor).map(side -> side != item.getSide()).orElse(true);
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

    /**
     * Whether the actor may rule on the evidence (admit, exclude, find it challenged): only the judge assigned to
     * the case. CE art. 85 para. 2: the adjudicating personnel (审判人员) examine the evidence and judge
     * independently whether and how far it proves; a clerk and a judge not on the case are not the adjudicating
     * personnel of this case, and a technical investigator's opinion is only a reference for the panel, which
     * bears the responsibility for the finding (Provisions on Technical Investigators art. 11).
     */
    public static boolean mayRule(CaseActor actor) {
        return actor.actsAs(CaseCapacity.ASSIGNED_JUDGE);
    }

    /** Whether looking at the item must be written to the custody log. */
    public static boolean viewsAreLogged(EvidenceItem item) {
        return item.getConfidentiality() != Confidentiality.PUBLIC_RECORD;
    }
}
