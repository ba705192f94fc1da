package org.evidencedesk.api.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.Court;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.dispute.TechnologyArea;

/** One case as its page shows it above the tabs and on its overview tab, with what the caller is on it. */
@Schema(name = "Case", description = "One case: its details, parties, and the capacities in which the caller acts on it.")
public record CaseOverview(
        @Schema(description = "The case's id.") long id,
        @Schema(description = "The case's version, also its ETag.") long version,
        @Schema(description = "The reference given at filing.") String filingReference,
        @Schema(description = "The court's case number, once accepted.", nullable = true) String caseNumber,
        @Schema(description = "The case number, or the filing reference before there is one.") String displayNumber,
        @Schema(description = "The case's title.") String title,
        @Schema(description = "Where the case is in its life.") CaseStatus status,
        @Schema(description = "The kind of intellectual property in dispute.") IpType ipType,
        @Schema(description = "The technology the dispute is about.") TechnologyArea technologyArea,
        @Schema(description = "The court the case is filed at.") CourtSummary court,
        @Schema(description = "When the case was filed.") Instant filedAt,
        @Schema(description = "When the court accepted it.", nullable = true) Instant acceptedAt,
        @Schema(description = "The day the complaint was served.", nullable = true) LocalDate servedOn,
        @Schema(description = "The evidence period's first day.", nullable = true) LocalDate evidencePeriodStart,
        @Schema(description = "The evidence period's last day.", nullable = true) LocalDate evidencePeriodEnd,
        @Schema(description = "The day an extension of the evidence period was applied for.", nullable = true) LocalDate extensionAppliedOn,
        @Schema(description = "Who applied for that extension.", nullable = true) String extensionAppliedBy,
        @Schema(description = "When the hearing is scheduled.", nullable = true) Instant hearingAt,
        @Schema(description = "The day the court decided.", nullable = true) LocalDate decidedOn,
        @Schema(description = "The claims.") String claims,
        @Schema(description = "The relief sought.") String relief,
        @Schema(description = "Whether an open deadline may still move, for want of a holiday file for a year it counts in.")
        boolean provisionalDeadlines,
        @Schema(description = "The capacities in which the caller acts on the case.") List<CaseCapacity> capacities,
        @Schema(description = "The parties, claimants first.") List<PartySummary> parties) {

    static CaseOverview of(CaseView view) {
        DisputeCase c = view.disputeCase();
        return new CaseOverview(c.getId(), c.getVersion(), c.getFilingReference(), c.getCaseNumber(), c.getDisplayNumber(),
                c.getTitle(), c.getStatus(), c.getIpType(), c.getTechnologyArea(), CourtSummary.of(c.getCourt()),
                c.getFiledAt(), c.getAcceptedAt(), c.getServedOn(), c.getEvidencePeriodStart(), c.getEvidencePeriodEnd(),
                c.getExtensionAppliedOn(), c.getExtensionAppliedBy(), c.getHearingAt(), c.getDecidedOn(), c.getClaims(),
                c.getRelief(), c.hasProvisionalDeadline(), view.actor().capacities().stream().sorted().toList(),
                c.getParties().stream().map(PartySummary::of).toList());
    }

    /** The court of a case. */
    @Schema(name = "Court", description = "A court.")
    public record CourtSummary(
            @Schema(description = "The court's id.") long id,
            @Schema(description = "The court's code.") String code,
            @Schema(description = "Its name in English.") String nameEn,
            @Schema(description = "Its name in Chinese.") String nameZh) {

        static CourtSummary of(Court court) {
            return new CourtSummary(court.getId(), court.getCode(), court.getNameEn(), court.getNameZh());
        }
    }

    /** A party to the case, as the overview tab lists it. */
    @Schema(name = "Party", description = "A party to a case.")
    public record PartySummary(
            @Schema(description = "The party's id.") long id,
            @Schema(description = "CLAIMANT or RESPONDENT.") Side side,
            @Schema(description = "What the party is in the dispute.") PartyKind kind,
            @Schema(description = "The party's name.") String name,
            @Schema(description = "Whether the party is domiciled in mainland China (it decides the periods that run for it).")
            boolean domiciledInChina,
            @Schema(description = "The day the complaint was served on the party.", nullable = true) LocalDate complaintServedOn,
            @Schema(description = "The day the decision was served on the party.", nullable = true) LocalDate decisionServedOn,
            @Schema(description = "The day the party appealed.", nullable = true) LocalDate appealedOn) {

        static PartySummary of(Party party) {
            return new PartySummary(party.getId(), party.getSide(), party.getKind(), party.getName(),
                    party.isDomiciledInChina(), party.getComplaintServedOn(), party.getDecisionServedOn(), party.getAppealedOn());
        }
    }
}
