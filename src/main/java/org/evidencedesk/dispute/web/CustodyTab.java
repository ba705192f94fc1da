package org.evidencedesk.dispute.web;

import java.util.List;
import java.util.Map;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.CustodyRow;
import org.evidencedesk.dispute.CaseView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The case page's custody tab: the chain read one page at a time, as the viewer may see it, so the page holds one
 * page of rows however long the log grows. Each page asks the log anew, which applies the viewer's audience then.
 */
public class CustodyTab extends LazyDataModel<CustodyRow> {

    private static final long serialVersionUID = 1L;

    private final CustodyLog log;
    private final CaseView view;

    /** @param log the injected log (a serializable client proxy) */
    public CustodyTab(CustodyLog log, CaseView view) {
        this.log = log;
        this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(log.count(view.disputeCase().getId()));
    }

    @Override
    public List<CustodyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return log.rows(view, first, pageSize);
    }

    @Override
    public String getRowKey(CustodyRow row) {
        return String.valueOf(row.getSequence());
    }

    @Override
    public CustodyRow getRowData(String rowKey) {
        return null;
    }
}
