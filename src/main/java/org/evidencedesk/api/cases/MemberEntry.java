package org.evidencedesk.api.cases;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.dispute.CaseMember;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.Side;

/** A member of the case, as the case page's members tab lists them. */
@Schema(name = "Member", description = "A member of a case: counsel of a party, or the court's people assigned to it.")
public record MemberEntry(
        @Schema(description = "The membership's id.") long id,
        @Schema(description = "The member's user name.") String username,
        @Schema(description = "The member's name.") String displayName,
        @Schema(description = "Their role on the case.") MemberRole role,
        @Schema(description = "The side they act for: CLAIMANT, RESPONDENT or COURT.") Side side,
        @Schema(description = "When they were added.") Instant addedAt) {

    static MemberEntry of(CaseMember member) {
        return new MemberEntry(member.getId(), member.getUser().getUsername(), member.getUser().getDisplayName(),
                member.getRole(), member.getSide(), member.getAddedAt());
    }
}
