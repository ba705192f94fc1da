package org.evidencedesk.dispute.web;

import java.util.List;
import java.util.Map;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.CustodyRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The case page's custody tab: the chain read one page at a time, as the viewer may see it, so the page holds one
 * page of rows however long the log grows. Each page asks the log anew with the case and the user, never with what
 * the page found when it loaded: the log reads the user's access and audience again for every page.
 */
public class CustodyTab extends LazyDataModel<CustodyRow> {

    private static final long serialVersionUID = 1L;

    private final CustodyLog log;
    private final long caseId;
    private final String username;

    /** @param log the injected log (a serializable client proxy) */
    public CustodyTab(CustodyLog log, long caseId, String username) {
        this.log = log;
        this.caseId = caseId;
        this.username = username;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(log.count(caseId, username));
    }

    @Override
    public List<CustodyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return log.rows(caseId, username, first, pageSize);
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
