package org.evidencedesk.api.cases;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.dispute.CaseRow;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.TechnologyArea;

/** One line of the case list, as the case list page shows it. */
@Schema(name = "CaseSummary", description = "One case of the case list.")
public record CaseSummary(
        @Schema(description = "The case's id.") long id,
        @Schema(description = "The reference given at filing.") String filingReference,
        @Schema(description = "The court's case number, once the case is accepted; null before.", nullable = true) String caseNumber,
        @Schema(description = "The case number, or the filing reference before there is one.") String displayNumber,
        @Schema(description = "The case's title.") String title,
        @Schema(description = "Where the case is in its life.") CaseStatus status,
        @Schema(description = "The kind of intellectual property in dispute.") IpType ipType,
        @Schema(description = "The technology the dispute is about.") TechnologyArea technologyArea,
        @Schema(description = "The court's name in English.") String courtNameEn,
        @Schema(description = "The court's name in Chinese.") String courtNameZh,
        @Schema(description = "When the case was filed.") Instant filedAt) {

    static CaseSummary of(CaseRow row) {
        return new CaseSummary(row.id(), row.filingReference(), row.caseNumber(), row.displayNumber(), row.title(),
                row.status(), row.ipType(), row.technologyArea(), row.courtNameEn(), row.courtNameZh(), row.filedAt());
    }
}
