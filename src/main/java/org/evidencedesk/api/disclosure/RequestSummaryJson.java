package org.evidencedesk.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureStatus;
import org.evidencedesk.dispute.Side;

/** One line of a case's disclosure requests, as the case page's disclosure tab lists it. */
@Schema(name = "DisclosureRequestSummary", description = "A disclosure request as the case's list shows it.")
public record RequestSummaryJson(
        @Schema(description = "The request's id.") long id,
        @Schema(description = "The request's version (its ETag).") long version,
        @Schema(description = "The case's id.") long caseId,
        @Schema(description = "Where the request stands.") DisclosureStatus status,
        @Schema(description = "The side that applies.") Side applicantSide,
        @Schema(description = "The side an order would bind.") Side orderedSide,
        @Schema(description = "The rule set it rests on, e.g. ipe-24-26@1.") String ruleKey,
        @Schema(description = "The evidence sought.") String evidenceSought,
        @Schema(description = "When the draft was made.") Instant createdAt,
        @Schema(description = "When it was filed; null for a draft.") Instant filedAt,
        @Schema(description = "The day set for the other side's opinion, if one was set.") LocalDate opinionDueOn,
        @Schema(description = "The last day of a granted order.") LocalDate dueOn,
        @Schema(description = "The instant a granted order's last day ends.") Instant dueAt) {

    static RequestSummaryJson of(DisclosureRequest request) {
        return new RequestSummaryJson(request.getId(), request.getVersion(), request.getDisputeCase().getId(), request.getStatus(),
                request.getApplicantSide(), request.orderedSide(), request.getRuleKey(), request.getEvidenceSought(),
                request.getCreatedAt(), request.getFiledAt(), request.getOpinionDueOn(), request.getDueOn(), request.getDueAt());
    }
}
