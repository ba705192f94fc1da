package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.evidencedesk.custody.CaseItem;
import org.evidencedesk.custody.CaseItemVisibility;
import org.evidencedesk.dispute.CaseView;

/** Tells the custody log which of a case's items a viewer may see, by {@link EvidenceAccessPolicy#maySee}. */
@ApplicationScoped
public class CustodyItemVisibility implements CaseItemVisibility {

    @Inject
    private EvidenceItems items;

    @Override
    public List<CaseItem> items(CaseView view) {
        return items.ofCase(view.disputeCase().getId()).stream()
                .map(item -> new CaseItem(item.getId(), item.getExhibitNumber(), EvidenceAccessPolicy.maySee(view.actor(), item)))
                .toList();
    }
}
