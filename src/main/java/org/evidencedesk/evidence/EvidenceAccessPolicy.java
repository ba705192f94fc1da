package org.evidencedesk.evidence;

import java.util.Optional;
import org.evidencedesk.dispute.CaseActor;
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
        if (actor.isCourtStaff()) {
            return true;
        }
        Optional<Side> side = actor.side();
        if (side.isEmpty()) {
            return false;
        }
        if (side.get() == item.getSide()) {
            return true;
        }
        return item.getConfidentiality() != Confidentiality.COURT_ONLY
                && item.protection().map(measures -> measures.admits(actor)).orElse(true);
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
        return item.protection().isPresent() && !actor.isCourtStaff()
                && actor.side().map(side -> side != item.getSide()).orElse(true);
    }

    /** Whether looking at the item must be written to the custody log. */
    public static boolean viewsAreLogged(EvidenceItem item) {
        return item.getConfidentiality() != Confidentiality.PUBLIC_RECORD;
    }
}
