package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.shared.BusinessException;

/**
 * Reading evidence: the items of a case a user may see, one item for its page, and an item opened for
 * download. Views and downloads of items that are not public record go into the custody log. An item the
 * user may not see is answered as one that does not exist, and logged.
 */
@ApplicationScoped
@Transactional
public class EvidenceAccess {

    private static final Logger LOG = Logger.getLogger(EvidenceAccess.class.getName());

    @Inject
    private EvidenceItems items;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CustodyLog custody;

    public List<EvidenceItem> visibleItems(long caseId, String username) {
        return visibleItems(workflow.view(caseId, username));
    }

    /** The items of a case already opened for the user (its access checked and logged once, by the caller). */
    public List<EvidenceItem> visibleItems(CaseView view) {
        return items.ofCase(view.disputeCase().getId()).stream()
                .filter(item -> EvidenceAccessPolicy.maySee(view.actor(), item))
                .toList();
    }

    /** An item for its page; the view is logged unless the item is public record. */
    public ItemView view(long itemId, String username) {
        return open(itemId, username, CustodyAction.VIEWED, "page");
    }

    /** An item about to be downloaded ({@code what}: content, receipt, signature or token). */
    public ItemView download(long itemId, String username, String what) {
        return open(itemId, username, CustodyAction.DOWNLOADED, what);
    }

    /** The court rules on an item; the ruling goes into the custody log. */
    public void rule(long itemId, String username, EvidenceStatus ruling, String reason) {
        ItemView view = open(itemId, username, null, null);
        if (!EvidenceAccessPolicy.isCourt(view.caseView().actor())) {
            throw new BusinessException("evidence.onlyCourtRules");
        }
        view.item().rule(ruling, reason);
        custody.append(view.item().getDisputeCase().getId(), username, CustodyAction.STATUS_CHANGED, itemId,
                Map.of("exhibit", view.item().getExhibitNumber(), "status", ruling.name(), "reason", reason.strip()));
    }

    private ItemView open(long itemId, String username, CustodyAction action, String what) {
        EvidenceItem item = items.byId(itemId).orElseThrow(CaseNotFoundException::new);
        CaseView caseView = workflow.view(item.getDisputeCase().getId(), username);
        if (!EvidenceAccessPolicy.maySee(caseView.actor(), item)) {
            LOG.warning(() -> "User " + username + " asked for evidence item " + itemId + ", which they may not see: answered 404");
            throw new CaseNotFoundException();
        }
        if (action != null && EvidenceAccessPolicy.viewsAreLogged(item)) {
            custody.append(item.getDisputeCase().getId(), username, action, itemId,
                    Map.of("exhibit", item.getExhibitNumber(), "what", what));
        }
        return new ItemView(item, caseView);
    }

    /** An item with the case view of the user who opened it. */
    public record ItemView(EvidenceItem item, CaseView caseView) {
    }
}
