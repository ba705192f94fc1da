package org.evidencedesk.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.disclosure.DenialGround;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureRequestFile;
import org.evidencedesk.disclosure.DisclosureStatus;
import org.evidencedesk.disclosure.DisclosureStep;
import org.evidencedesk.disclosure.DisclosureTransition;
import org.evidencedesk.disclosure.NonComplianceGround;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.ProtectiveMeasures;

/**
 * One disclosure request as {@code disclosure/request.xhtml} shows it to the caller: the application, the opinion,
 * the order and what was produced under it (only the items the caller may see), the rulings, the history, and the
 * steps open to the caller now.
 */
@Schema(name = "DisclosureRequest", description = "A disclosure request as the caller may read it.")
public record RequestJson(
        @Schema(description = "The request's id.") long id,
        @Schema(description = "The request's version (its ETag).") long version,
        @Schema(description = "The case's id.") long caseId,
        @Schema(description = "The case's number as displayed.") String caseNumber,
        @Schema(description = "Where the request stands.") DisclosureStatus status,
        @Schema(description = "The side that applies.") Side applicantSide,
        @Schema(description = "The side an order binds.") Side orderedSide,
        @Schema(description = "The rule set it rests on.") String ruleKey,
        @Schema(description = "Who drafted it.") String createdBy,
        @Schema(description = "When the draft was made.") Instant createdAt,
        @Schema(description = "When it was filed; null for a draft.") Instant filedAt,
        @Schema(description = "The fact in issue it serves, if any.") Long factId,
        @Schema(description = "The application's four elements (CE art. 45).") Application application,
        @Schema(description = "The preliminary evidence linked that the caller may see.") List<ItemRef> preliminaryEvidence,
        @Schema(description = "How many linked items the caller may not see (counted, never named).") int withheldPreliminary,
        @Schema(description = "Who says the evidence holds trade secrets (IPE art. 26 para. 1).") TradeSecrets tradeSecrets,
        @Schema(description = "The other side's opinion and the court's invitation; null while neither exists.") Opinion opinion,
        @Schema(description = "The order; null unless granted.") Order order,
        @Schema(description = "The ground of a denial, if denied.") DenialGround denialGround,
        @Schema(description = "The items produced under the order that the caller may see.") List<ItemRef> produced,
        @Schema(description = "The rulings on this request.") List<RulingJson> rulings,
        @Schema(description = "The request's history, oldest first.") List<Step> steps,
        @Schema(description = "The steps open to the caller now (DisclosureTransition names).") Set<DisclosureTransition> allowedSteps) {

    @Schema(name = "DisclosureApplicationText", description = "What the application states (CE art. 45).")
    public record Application(String evidenceSought, String factToProve, String whyControlled, String whyMustProduce) {
    }

    @Schema(name = "DisclosureItemRef", description = "An evidence item named by a request.")
    public record ItemRef(long id, String exhibit, String title, Instant submittedAt) {

        static ItemRef of(EvidenceItem item) {
            return new ItemRef(item.getId(), item.getExhibitNumber(), item.getTitle(), item.getSubmittedAt());
        }
    }

    @Schema(name = "DisclosureTradeSecrets", description = "Who says the material holds trade secrets, and the judge's finding that none is involved.")
    public record TradeSecrets(boolean saidByApplicant, boolean saidByOrdered,
                               @Schema(description = "The case is about a trade secret: protection is decided without being asked.") boolean tradeSecretCase,
                               String noTradeSecretFinding) {
    }

    @Schema(name = "DisclosureOpinionState", description = "The ordered side's opinion and the court's invitation to give it (CE art. 46 para. 1).")
    public record Opinion(String text, String invitedBy, Instant invitedAt, LocalDate dueOn, Instant dueAt) {
    }

    @Schema(name = "DisclosureOrder", description = "The order to produce and how it ended.")
    public record Order(String itemsOrdered, LocalDate dueOn, Instant dueAt, Side costBearer, Protection protection,
                        DisclosureStatus outcome, String outcomeNote, NonComplianceGround nonComplianceGround,
                        String challengeReasons) {
    }

    @Schema(name = "ProtectiveMeasures", description = "The order's protective measures (IPE art. 26).")
    public record Protection(boolean undertakingRequired, boolean viewOnly, Set<String> namedPersons) {

        static Protection of(ProtectiveMeasures measures) {
            return new Protection(measures.isUndertakingRequired(), measures.isViewOnly(), Set.copyOf(measures.getNamedPersons()));
        }
    }

    @Schema(name = "DisclosureStep", description = "One step of a request's history.")
    public record Step(Instant occurredAt, String actor, DisclosureTransition step, DisclosureStatus fromStatus,
                       DisclosureStatus toStatus, String note) {
    }

    /** The request as the caller reads it; {@code messages} in the caller's language (ruling titles, withheld notes). */
    static RequestJson of(DisclosureRequestFile file, ResourceBundle messages) {
        DisclosureRequest request = file.request();
        return new RequestJson(request.getId(), request.getVersion(), request.getDisputeCase().getId(),
                request.getDisputeCase().getDisplayNumber(), request.getStatus(), request.getApplicantSide(), request.orderedSide(),
                request.getRuleKey(), request.getCreatedBy(), request.getCreatedAt(), request.getFiledAt(), request.getFactId(),
                new Application(request.getEvidenceSought(), request.getFactToProve(), request.getWhyControlled(),
                        request.getWhyMustProduce()),
                file.view().visiblePreliminary().stream().map(ItemRef::of).toList(), file.view().withheldPreliminary(),
                new TradeSecrets(request.isSecretSaidByApplicant(), request.isSecretSaidByOrdered(),
                        request.getDisputeCase().getIpType() == IpType.TRADE_SECRET,
                        request.getNoSecretFinding()),
                opinion(request), order(request), request.getDenialGround(),
                file.produced().stream().map(ItemRef::of).toList(),
                file.rulings().stream().map(ruling -> RulingJson.of(ruling, messages)).toList(),
                request.getSteps().stream().map(step -> step(step, file, messages)).toList(),
                file.steps());
    }

    private static Opinion opinion(DisclosureRequest request) {
        if (request.getRespondentOpinion() == null && request.getOpinionDueOn() == null) {
            return null;
        }
        return new Opinion(request.getRespondentOpinion(), request.getOpinionInvitedBy(), request.getOpinionInvitedAt(),
                request.getOpinionDueOn(), request.getOpinionDueAt());
    }

    private static Order order(DisclosureRequest request) {
        if (request.getDueOn() == null) {
            return null;
        }
        return new Order(request.getItemsOrdered(), request.getDueOn(), request.getDueAt(), request.getCostBearer(),
                request.protection().map(Protection::of).orElse(null), request.getProductionOutcome(), request.getOutcomeNote(),
                request.getNonComplianceGround(), request.getChallengeReasons());
    }

    /** A production step names its exhibit only to those who may see the item produced, as the page words it. */
    private static Step step(DisclosureStep step, DisclosureRequestFile file, ResourceBundle messages) {
        String note = step.getStep() == DisclosureTransition.PRODUCE_ITEM && !file.showsProducedExhibit(step.getNote())
                ? messages.getString("evidence.withheldExhibit") : step.getNote();
        return new Step(step.getOccurredAt(), step.getActor(), step.getStep(), step.getFromStatus(), step.getToStatus(), note);
    }
}
