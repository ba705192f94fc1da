package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evidencedesk.custody.CaseItem;
import org.evidencedesk.custody.CaseItemVisibility;
import org.evidencedesk.custody.CustodyAudience.NamedItems;
import org.evidencedesk.dispute.CaseView;

/** Tells the custody log which of a case's items a viewer may see, by {@link EvidenceAccessPolicy#maySee}. */
@ApplicationScoped
public class CustodyItemVisibility implements CaseItemVisibility {

    @Inject
    private EvidenceItems items;

    /**
     * Two narrow queries, not every item's row: the ids and exhibit numbers of the case's items, and the ids of those
     * the viewer may see (the access policy in SQL, {@link ItemQuery}); at 10,000 items the whole rows cost seconds.
     */
    @Override
    public List<CaseItem> items(CaseView view) {
        Set<Long> visible = new HashSet<>(items.ids(ItemQuery.visible(view)));
        return items.exhibitsOfCase(view.disputeCase().getId()).stream()
                .map(row -> new CaseItem((Long) row[0], (String) row[1], visible.contains((Long) row[0])))
                .toList();
    }

    /** The named items' rows, each judged by {@link EvidenceAccessPolicy#maySee}: a custody page names a few dozen. */
    @Override
    public List<CaseItem> items(CaseView view, NamedItems named) {
        return items.named(view.disputeCase().getId(), named.ids(), named.exhibits()).stream()
                .map(item -> new CaseItem(item.getId(), item.getExhibitNumber(), EvidenceAccessPolicy.maySee(view.actor(), item)))
                .toList();
    }
}
