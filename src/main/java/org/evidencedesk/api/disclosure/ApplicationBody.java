package org.evidencedesk.api.disclosure;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.disclosure.DisclosureApplication;

/**
 * An application for an order to produce evidence, as {@code disclosure/new.xhtml} takes it: the rule, CE art. 45's four
 * elements, the fact in issue it serves and the applicant's preliminary evidence. The workflow checks them all.
 */
@Schema(name = "DisclosureApplication", description = "An application for an order that the other side produce evidence.")
public record ApplicationBody(
        @Schema(description = "The rule set it rests on, e.g. ipe-24-26@1.", required = true) String ruleKey,
        @Schema(description = "The evidence sought.", required = true) String evidenceSought,
        @Schema(description = "The fact it proves and why that fact matters.", required = true) String factToProve,
        @Schema(description = "Why the other side controls it.", required = true) String whyControlled,
        @Schema(description = "Why the other side must produce it.", required = true) String whyMustProduce,
        @Schema(description = "Whether the evidence holds trade secrets (IPE art. 26 para. 1).") boolean saysTradeSecrets,
        @Schema(description = "The fact in issue it serves, if any.") Long factId,
        @Schema(description = "The ids of the applicant side's items of the case offered as preliminary evidence.") List<Long> preliminaryItemIds,
        @Schema(description = "true: only save a draft (seen by the applicant's side alone); false (default): file it.") boolean draft) {

    DisclosureApplication application() {
        return new DisclosureApplication(evidenceSought, factToProve, whyControlled, whyMustProduce, saysTradeSecrets);
    }

    /**
     * The ids as sent, none if none were. JSON-B keeps a {@code null} in a list of numbers, and the page never sends one:
     * refused here (400), before the workflow would look it up.
     */
    List<Long> preliminary() {
        if (preliminaryItemIds == null) {
            return List.of();
        }
        if (preliminaryItemIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiProblem(400, "api.disclosure.preliminaryItemIds");
        }
        return preliminaryItemIds;
    }
}
