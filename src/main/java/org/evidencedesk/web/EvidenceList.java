package org.evidencedesk.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.ItemQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A case's items for a lazy table (the evidence tab, the export page): a count query and a page query, sorted and
 * filtered in SQL, so the page holds one page of rows however many items the case has. Each page asks
 * {@link EvidenceAccess} anew with the user, which reads their access again: the list never shows more than the
 * access policy allows now. The table's global filter matches a part of the exhibit number or title; its columns sort
 * by their {@code field}: exhibitNumber, title, status or submittedAt.
 */
public class EvidenceList extends LazyDataModel<EvidenceItem> {

    private static final long serialVersionUID = 1L;
    private static final String GLOBAL_FILTER = "globalFilter";

    private final EvidenceAccess access;
    private final ItemQuery base;
    private final String username;
    private ItemQuery current;
    private Long counted;

    /**
     * @param access the injected service (a serializable client proxy)
     * @param counted how many items the unfiltered list holds, as the page counted (and showed) them for the user while
     *     it loaded: the table's first count takes it instead of counting again; every later count, and every page of
     *     rows, asks the service, which reads the user's access again
     */
    public EvidenceList(EvidenceAccess access, ItemQuery base, String username, long counted) {
        this.access = access;
        this.base = base;
        this.username = username;
        this.current = base;
        this.counted = counted;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        current = filtered(base, filterBy);
        Long known = counted;
        counted = null;
        return Math.toIntExact(known != null && current == base ? known : access.count(current, username));
    }

    @Override
    public List<EvidenceItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return access.page(sorted(filtered(base, filterBy), sortBy), username, first, pageSize);
    }

    /** The list as the table last filtered it, for "select all" over every page. */
    public ItemQuery current() {
        return current;
    }

    @Override
    public String getRowKey(EvidenceItem item) {
        return String.valueOf(item.getId());
    }

    @Override
    public EvidenceItem getRowData(String rowKey) {
        // Rows are never looked up by key: selection is kept as ids by the page that selects.
        return null;
    }

    private static ItemQuery filtered(ItemQuery query, Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get(GLOBAL_FILTER);
        Object text = global == null ? null : global.getFilterValue();
        return text == null ? query : query.matching(Objects.toString(text));
    }

    private static ItemQuery sorted(ItemQuery query, Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return query;
        }
        SortMeta sort = sortBy.values().iterator().next();
        ItemQuery.Order order = switch (String.valueOf(sort.getField())) {
            case "title" -> ItemQuery.Order.TITLE;
            case "status" -> ItemQuery.Order.STATUS;
            case "submittedAt" -> ItemQuery.Order.SUBMITTED;
            default -> ItemQuery.Order.EXHIBIT;
        };
        return query.sorted(order, sort.getOrder() != SortOrder.DESCENDING);
    }
}
