package org.evidencedesk.dispute.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.evidencedesk.dispute.CaseQuery;
import org.evidencedesk.dispute.CaseRow;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCases;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.web.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The case list: filters on the page, paging and sorting in the database, only visible cases. */
@Named
@ViewScoped
public class CasesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /**
     * A search of words or parties is counted to this many cases, and its list pages through them: beyond, the page says
     * "more than" and asks for a narrower search. Counting every match of a common word costs as much as there are
     * matches (see {@link DisputeCases#countUpTo}); a list of filters alone is counted whole, from the indexes.
     */
    static final int TEXT_SEARCH_COUNT_LIMIT = 1_000;

    @Inject
    private DisputeCases cases;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DeadlinePlanner planner;

    private String search;
    private CaseStatus[] statuses = new CaseStatus[0];
    private IpType ipType;
    private TechnologyArea technologyArea;
    private String partyName;
    private LocalDate filedFrom;
    private LocalDate filedTo;
    private boolean countCapped;

    private final LazyDataModel<CaseRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            CaseQuery query = query(Map.of());
            if (!query.searchesText()) {
                countCapped = false;
                return (int) cases.count(query, currentUser.viewer());
            }
            long found = cases.countUpTo(query, currentUser.viewer(), TEXT_SEARCH_COUNT_LIMIT + 1);
            countCapped = found > TEXT_SEARCH_COUNT_LIMIT;
            return (int) Math.min(found, TEXT_SEARCH_COUNT_LIMIT);
        }

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return cases.page(query(sortBy), currentUser.viewer(), first, pageSize);
        }

        @Override
        public String getRowKey(CaseRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CaseRow getRowData(String rowKey) {
            return null;
        }
    };

    private CaseQuery query(Map<String, SortMeta> sortBy) {
        CaseQuery.SortField field = CaseQuery.SortField.FILED_AT;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            field = CaseQuery.SortField.valueOf(sort.getField());
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        EnumSet<CaseStatus> chosen = EnumSet.noneOf(CaseStatus.class);
        chosen.addAll(List.of(statuses));
        return CaseQuery.filedOnDays(search, chosen, ipType, technologyArea, partyName, filedFrom, filedTo, field,
                ascending, planner);
    }

    public void reset() {
        search = null;
        statuses = new CaseStatus[0];
        ipType = null;
        technologyArea = null;
        partyName = null;
        filedFrom = null;
        filedTo = null;
    }

    public LazyDataModel<CaseRow> getModel() {
        return model;
    }

    /** Whether the list's last count stopped at {@link #TEXT_SEARCH_COUNT_LIMIT}, more cases matching. */
    public boolean isCountCapped() {
        return countCapped;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public CaseStatus[] getStatuses() {
        return statuses;
    }

    public void setStatuses(CaseStatus[] statuses) {
        this.statuses = statuses;
    }

    public IpType getIpType() {
        return ipType;
    }

    public void setIpType(IpType ipType) {
        this.ipType = ipType;
    }

    public TechnologyArea getTechnologyArea() {
        return technologyArea;
    }

    public void setTechnologyArea(TechnologyArea technologyArea) {
        this.technologyArea = technologyArea;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public LocalDate getFiledFrom() {
        return filedFrom;
    }

    public void setFiledFrom(LocalDate filedFrom) {
        this.filedFrom = filedFrom;
    }

    public LocalDate getFiledTo() {
        return filedTo;
    }

    public void setFiledTo(LocalDate filedTo) {
        this.filedTo = filedTo;
    }
}
