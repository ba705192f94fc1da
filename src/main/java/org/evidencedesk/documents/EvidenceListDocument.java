package org.evidencedesk.documents;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The evidence list (证据目录) of an export: which case, who exported it and when, and one row per item.
 * Times are printed as given, so pass them in the court's time zone.
 *
 * @param court the court's name
 * @param caseNumber the case number, or the filing reference of a case not yet accepted
 * @param claimants the claimants' names
 * @param respondents the respondents' names
 * @param exportedBy who exported, as shown to people (name and role, say)
 * @param exportedAt when
 * @param rows the items in the order of the export
 */
public record EvidenceListDocument(String court, String caseNumber, List<String> claimants, List<String> respondents,
        String exportedBy, ZonedDateTime exportedAt, List<Row> rows) {

    public EvidenceListDocument {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(caseNumber, "caseNumber");
        claimants = List.copyOf(claimants);
        respondents = List.copyOf(respondents);
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(exportedAt, "exportedAt");
        rows = List.copyOf(rows);
    }

    /**
     * One item of the list.
     *
     * @param exhibit e.g. P-001
     * @param title the item's title
     * @param factToProve the fact the item is meant to prove
     * @param source where it came from (the collection record's source)
     * @param sha256 hex
     * @param sm3 hex
     * @param receivedAt when the court received it (its time-stamp)
     */
    public record Row(String exhibit, String title, String factToProve, String source, String sha256, String sm3,
            ZonedDateTime receivedAt) {

        public Row {
            Objects.requireNonNull(exhibit, "exhibit");
            title = Objects.requireNonNullElse(title, "");
            factToProve = Objects.requireNonNullElse(factToProve, "");
            source = Objects.requireNonNullElse(source, "");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(sm3, "sm3");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }
}
