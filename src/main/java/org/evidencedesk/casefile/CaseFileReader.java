package org.evidencedesk.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evidencedesk.disclosure.DisclosureWorkflow;
import org.evidencedesk.dispute.CaseTransition;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.ItemQuery;
import org.evidencedesk.evidence.EvidenceIntake;

/** Reads the case page's {@link CaseFile}, each part through the service of the area that owns it. */
@ApplicationScoped
public class CaseFileReader {

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess evidence;

    @Inject
    private DisclosureWorkflow disclosures;

    /**
     * The case as the user may see it.
     *
     * @throws org.evidencedesk.dispute.CaseNotFoundException if there is no such case or the user may not see it
     */
    @Transactional
    public CaseFile read(long caseId, String username) {
        CaseView view = workflow.view(caseId, username);
        return new CaseFile(view, evidence.count(ItemQuery.visible(view), username), disclosures.ofCase(view), actions(view));
    }

    static CaseFile.Actions actions(CaseView view) {
        Map<CaseTransition, List<Party>> partyChoices = partyChoices(view.disputeCase());
        List<CaseTransition> steps = Arrays.stream(CaseTransition.values())
                .filter(view::allows)
                .filter(step -> step != CaseTransition.ASSIGN_MEMBERS)
                .filter(step -> !partyChoices.containsKey(step) || !partyChoices.get(step).isEmpty())
                .toList();
        return new CaseFile.Actions(steps, partyChoices,
                EvidenceIntake.accepts(view),
                view.actor().isCounsel(),
                view.allows(CaseTransition.ASSIGN_MEMBERS),
                view.actor().isCourtStaff(),
                view.actor().keepsTheRecord());
    }

    /** The parties a step may name: each service, appeal and application is one party's. */
    private static Map<CaseTransition, List<Party>> partyChoices(DisputeCase disputeCase) {
        Map<CaseTransition, List<Party>> choices = new EnumMap<>(CaseTransition.class);
        choices.put(CaseTransition.RECORD_SERVICE, disputeCase.partiesAwaitingService());
        choices.put(CaseTransition.RECORD_DECISION_SERVICE, disputeCase.partiesAwaitingDecisionService());
        choices.put(CaseTransition.RECORD_APPEAL, disputeCase.partiesWhoMayStillAppeal());
        choices.put(CaseTransition.RECORD_EXTENSION_APPLICATION, disputeCase.possibleExtensionApplicants());
        return choices;
    }
}
