package org.evidencedesk.casefile;

import java.util.List;
import java.util.Map;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.dispute.CaseTransition;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Party;

/**
 * One case as one user may see it, ready for the case page: only the items and requests the owning areas'
 * policies let them see, and only the actions those areas would let them take. Nothing in it is decided by the page.
 *
 * @param view       the case and the capacities in which the user acts on it
 * @param evidenceCount how many items the user may see (the evidence tab reads them a page at a time)
 * @param requests   the disclosure requests the user may see
 * @param actions    what the user may do on the case now
 */
public record CaseFile(CaseView view, long evidenceCount, List<DisclosureRequest> requests, Actions actions) {

    public CaseFile {
        requests = List.copyOf(requests);
    }

    public DisputeCase disputeCase() {
        return view.disputeCase();
    }

    /**
     * What the user may do on the case now.
     *
     * @param steps             the lifecycle steps open to them, each with its own button (assigning members has its
     *                          form; a step that names a party is left out while no party awaits it)
     * @param partyChoices      the parties each step that names one may name
     * @param submitEvidence    submit evidence: their side's or the court's, while the case takes evidence
     * @param applyForDisclosure apply for an order to produce evidence: counsel of a party
     * @param assignMembers     add and remove members of the case
     * @param readCustodyLog    read and export the whole custody log (court staff; others see entries withheld)
     * @param checkpoint        sign and time-stamp the custody chain's head (whoever keeps the record)
     */
    public record Actions(List<CaseTransition> steps, Map<CaseTransition, List<Party>> partyChoices, boolean submitEvidence,
                          boolean applyForDisclosure, boolean assignMembers, boolean readCustodyLog, boolean checkpoint) {

        public Actions {
            steps = List.copyOf(steps);
            partyChoices = Map.copyOf(partyChoices);
        }

        /** The parties {@code step} may name; none for a step that names no party. */
        public List<Party> partiesFor(CaseTransition step) {
            return partyChoices.getOrDefault(step, List.of());
        }
    }
}
