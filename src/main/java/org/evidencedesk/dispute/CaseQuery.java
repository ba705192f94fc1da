package org.evidencedesk.dispute;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The filters and order of a case list; empty fields do not filter. {@code search} looks in case
 * numbers, filing references, titles and party names.
 */
public record CaseQuery(String search, Set<CaseStatus> statuses, IpType ipType, TechnologyArea technologyArea,
                        String partyName, Instant filedFrom, Instant filedBefore, SortField sortField,
                        boolean ascending) implements Serializable {

    public enum SortField {
        FILED_AT("c.filedAt"), TITLE("c.title"), STATUS("c.status"), CASE_NUMBER("c.caseNumber");

        private final String path;

        SortField(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /**
     * The filters as a person gives them, on the case list page or to the API: filing days are whole days of the
     * court's calendar, both ends included, and either may be left open.
     */
    public static CaseQuery filedOnDays(String search, Set<CaseStatus> statuses, IpType ipType,
                                        TechnologyArea technologyArea, String partyName, LocalDate filedFrom,
                                        LocalDate filedTo, SortField sortField, boolean ascending,
                                        DeadlinePlanner planner) {
        return new CaseQuery(search, statuses, ipType, technologyArea, partyName,
                filedFrom == null ? null : planner.endOf(filedFrom.minusDays(1)),
                filedTo == null ? null : planner.endOf(filedTo), sortField, ascending);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, null, null, SortField.FILED_AT, false);
    }

    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sortField = sortField == null ? SortField.FILED_AT : sortField;
    }

    /** Whether it looks for words or a party's name: text the indexes find, but whose matches are read one by one. */
    public boolean searchesText() {
        return search != null && !search.isBlank() || partyName != null && !partyName.isBlank();
    }
}
