package org.evidencedesk.dispute;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case list, read straight from the query (no entity loaded). */
public record CaseRow(Long id, String filingReference, String caseNumber, String title, CaseStatus status,
                      IpType ipType, TechnologyArea technologyArea, String courtNameEn, String courtNameZh,
                      Instant filedAt) implements Serializable {

    public String displayNumber() {
        return DisputeCase.displayNumber(caseNumber, filingReference);
    }
}
