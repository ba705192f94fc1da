package org.evidencedesk.api.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ordered side's opinion on a filed request (CE art. 46 para. 1), and whether it says the evidence holds its trade secrets. */
@Schema(name = "DisclosureOpinion", description = "The ordered side's opinion on a filed request.")
public record OpinionBody(
        @Schema(description = "The opinion.", required = true) String opinion,
        @Schema(description = "Whether the evidence holds the ordered side's trade secrets (IPE art. 26).") boolean saysTradeSecrets) {
}
