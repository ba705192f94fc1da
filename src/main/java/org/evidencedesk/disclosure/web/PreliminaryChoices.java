package org.evidencedesk.disclosure.web;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;

/**
 * The items a disclosure application's form offers as preliminary evidence: those already ticked, then the first of
 * the applicant's own items that match the search (by exhibit number or title). A case may hold 10,000 items, so the
 * form never lists them all; a search replaces the offer but keeps what is ticked.
 */
public class PreliminaryChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<EvidenceItem> items;
    private String search;

    public PreliminaryChoices(List<EvidenceItem> items) {
        this.items = List.copyOf(items);
    }

    /** Offers the ticked items and the user's own items that match the search. */
    public void find(EvidenceAccess access, long caseId, String username, Collection<Long> ticked) {
        Map<Long, EvidenceItem> offer = new LinkedHashMap<>();
        items.stream().filter(item -> ticked.contains(item.getId())).forEach(item -> offer.put(item.getId(), item));
        access.ownItems(caseId, username, search).forEach(item -> offer.putIfAbsent(item.getId(), item));
        items = List.copyOf(offer.values());
    }

    public List<EvidenceItem> getItems() {
        return items;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
