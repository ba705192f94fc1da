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

    private final LazyDataModel<CaseRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) cases.count(query(Map.of()), currentUser.viewer());
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
