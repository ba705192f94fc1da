package org.evidencedesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.evidencedesk.disclosure.DisclosureStatus.*;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.DueDate;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.ProtectiveMeasures;
import org.evidencedesk.rules.RuleKind;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetFiles;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DisclosureRequestTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = LocalDateTime.parse("2026-05-11T10:00").atZone(SHANGHAI).toInstant();
    private static final LocalDate TODAY = LocalDate.parse("2026-05-11");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-05-18");
    private static final DueDate DUE = new DueDate(DUE_ON,
            DUE_ON.plusDays(1).atStartOfDay(SHANGHAI).toInstant(), "IPE-24");

    private static final LocalDate OPINION_DUE_ON = LocalDate.parse("2026-05-15");
    private static final DueDate OPINION_DUE = new DueDate(OPINION_DUE_ON,
            OPINION_DUE_ON.plusDays(1).atStartOfDay(SHANGHAI).toInstant(), "CE-46");

    private static final DisclosureActor APPLICANT = actor("counsel", DisclosureRole.APPLICANT_COUNSEL);
    private static final DisclosureActor ORDERED = actor("defence", DisclosureRole.ORDERED_COUNSEL);
    private static final DisclosureActor JUDGE = actor("judge", DisclosureRole.JUDGE);
    private static final DisclosureActor CLERK = actor("clerk", DisclosureRole.CLERK);

    private static final DisclosureApplication COMPLETE = new DisclosureApplication("Sales records of the pricing engine, 2024-2025",
            "The respondent's profit from the infringement", "Only the respondent runs the engine",
            "Damages cannot be assessed otherwise");
    private static final DisclosureApplication SECRET_APPLICATION = new DisclosureApplication(COMPLETE.evidenceSought(), COMPLETE.factToProve(),
            COMPLETE.whyControlled(), COMPLETE.whyMustProduce(), true);

    // ---- the story ----

    @Test
    void aRequestGoesFromDraftToAnOrderAndThroughProduction() {
        DisclosureRequest request = underReview();
        request.grant(JUDGE, terms(), DUE, measures(), TODAY, NOW);
        assertThat(request.getStatus()).isEqualTo(GRANTED);
        assertThat(request.getDueOn()).isEqualTo(DUE_ON);
        assertThat(request.getCostBearer()).isEqualTo(Side.CLAIMANT);
        assertThat(request.getNoSecretFinding()).isNull();

        request.checkProduction(ORDERED, NOW.plusSeconds(3600));
        request.recordProducedItem(ORDERED, "D-001", NOW.plusSeconds(3600));
        request.completeProduction(ORDERED, 1, NOW.plusSeconds(7200));

        assertThat(request.getStatus()).isEqualTo(PRODUCED);
        assertThat(request.getSteps()).extracting(DisclosureStep::getStep).containsExactly(
                DisclosureTransition.REVISE, DisclosureTransition.FILE, DisclosureTransition.RECORD_OPINION,
                DisclosureTransition.GRANT, DisclosureTransition.PRODUCE_ITEM, DisclosureTransition.COMPLETE_PRODUCTION);
    }

    @Test
    void aRefusalIsReferredToTheJudgeButNeverPresumedByItself() {
        DisclosureRequest request = granted();
        request.refuse(ORDERED, "The records are a trade secret of a third party.", NOW.plusSeconds(60));

        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getProductionOutcome()).isEqualTo(REFUSED);
        assertThat(request.getSteps()).extracting(DisclosureStep::getToStatus).endsWith(REFUSED, INFERENCE_CANDIDATE);

        request.decidePresumption(JUDGE, true, 42L, "Refusal without a valid reason (IPE art. 25).", NOW.plusSeconds(120));
        assertThat(request.getStatus()).isEqualTo(PRESUMPTION_APPLIED);
        assertThat(request.getPresumptionRulingId()).isEqualTo(42L);
    }

    @Test
    void aPartialProductionIsReferredToo() {
        DisclosureRequest request = granted();
        request.reportPartial(ORDERED, "Only 2025 records exist.", NOW.plusSeconds(60));
        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getProductionOutcome()).isEqualTo(PARTIAL);

        request.decidePresumption(JUDGE, false, 43L, "The explanation is credible.", NOW.plusSeconds(120));
        assertThat(request.getStatus()).isEqualTo(PRESUMPTION_NOT_APPLIED);
    }

    @Test
    void theDeadlineLapsesAtTheEndOfItsLastDayInTheCourtsZone() {
        DisclosureRequest request = granted();
        Instant lastMoment = DUE.endsAt().minusMillis(1);
        assertThat(request.isOverdue(lastMoment)).isFalse();
        assertThat(request.isOverdue(DUE.endsAt())).isTrue();

        request.lapse(DUE.endsAt());

        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getProductionOutcome()).isEqualTo(DEADLINE_LAPSED);
        assertThat(request.getSteps()).extracting(DisclosureStep::getActor).endsWith("system", "system");
    }

    @Test
    void nothingCanBeProducedOnceTheDeadlineHasPassed() {
        DisclosureRequest request = granted();
        refused("disclosure.deadlinePassed", () -> request.checkProduction(ORDERED, DUE.endsAt()));
        refused("disclosure.deadlinePassed", () -> request.completeProduction(ORDERED, 1, DUE.endsAt()));
        assertThat(request.getStatus()).isEqualTo(GRANTED);
    }

    @Test
    void completingAProductionNeedsAnItem() {
        DisclosureRequest request = granted();
        refused("disclosure.nothingProduced", () -> request.completeProduction(ORDERED, 0, NOW));
        assertThat(request.getStatus()).isEqualTo(GRANTED);
    }

    // ---- filing ----

    @Test
    void filingNeedsAllFourElementsOfCeArticle45() {
        DisclosureRequest request = draft(new DisclosureApplication("Sales records", "", "Only they run it", "No other way"));
        BusinessException refusal = refused("disclosure.elementMissing", () -> request.file(APPLICANT, TODAY, NOW));
        assertThat(refusal.arguments()).hasSize(1);
        assertThat(request.getStatus()).isEqualTo(DRAFT);
    }

    @Test
    void filingIsRefusedOnceTheEvidencePeriodHasEnded() {
        DisclosureRequest request = draft(COMPLETE);
        refused("disclosure.afterEvidencePeriod", () -> request.file(APPLICANT, LocalDate.parse("2026-06-01"), NOW));
        assertThat(request.getStatus()).isEqualTo(DRAFT);

        request.file(APPLICANT, LocalDate.parse("2026-05-31"), NOW);
        assertThat(request.getStatus()).isEqualTo(FILED);
    }

    @Test
    void filingIsRefusedAfterTheCaseMovedPastTheEvidencePeriod() {
        DisclosureRequest request = DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_EXCHANGE), Side.CLAIMANT, "ipe-24-26@1",
                NonComplianceLaw.IPE_25, COMPLETE, null, Set.of(), "counsel", NOW);
        refused("disclosure.afterEvidencePeriod", () -> request.file(APPLICANT, TODAY, NOW));
    }

    @Test
    void onlyAPartyCanApply() {
        refused("disclosure.onlyPartiesApply", () -> DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_PERIOD),
                Side.THIRD_PARTY, "ipe-24-26@1", NonComplianceLaw.IPE_25, COMPLETE, null, Set.of(), "platform", NOW));
    }

    @Test
    void theOrderBindsTheOtherParty() {
        assertThat(draft(COMPLETE).orderedSide()).isEqualTo(Side.RESPONDENT);
        assertThat(DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_PERIOD), Side.RESPONDENT, "ipe-24-26@1", NonComplianceLaw.IPE_25, COMPLETE,
                null, Set.of(), "defence", NOW).orderedSide()).isEqualTo(Side.CLAIMANT);
    }

    // ---- the judge's decisions ----

    @Test
    void anOrderNeedsAFutureDeadlineItemsAndReasons() {
        DisclosureRequest request = underReview();
        refused("disclosure.dueOnInFuture", () -> request.grant(JUDGE, terms(TODAY, "Sales records", "r"),
                DUE, null, TODAY, NOW));
        refused("disclosure.itemsOrderedRequired", () -> request.grant(JUDGE, terms(DUE_ON, " ", "r"),
                DUE, null, TODAY, NOW));
        refused("disclosure.reasonsRequired", () -> request.grant(JUDGE, terms(DUE_ON, "Sales records", ""),
                DUE, null, TODAY, NOW));
        assertThat(request.getStatus()).isEqualTo(UNDER_REVIEW);
    }

    // ---- CPLI art. 112 para. 2: the applicant bears the cost of producing ----

    @Test
    void theApplicantBearsTheCostWhicheverSideApplied_CPLI112() {
        DisclosureRequest claimants = underReview();
        claimants.grant(JUDGE, terms(), DUE, measures(), TODAY, NOW);
        assertThat(claimants.getCostBearer()).isEqualTo(Side.CLAIMANT);

        DisclosureRequest respondents = DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_PERIOD), Side.RESPONDENT,
                "ipe-24-26@1", NonComplianceLaw.IPE_25, COMPLETE, null, Set.of(), "defence", NOW);
        DisclosureActor defence = actor("defence", DisclosureRole.APPLICANT_COUNSEL);
        DisclosureActor claimantCounsel = actor("counsel", DisclosureRole.ORDERED_COUNSEL);
        respondents.file(defence, TODAY, NOW);
        respondents.recordOpinion(claimantCounsel, "The records are irrelevant.", false, NOW);
        respondents.grant(JUDGE, terms(), DUE, measures(), TODAY, NOW);
        assertThat(respondents.getCostBearer()).as("the applicant, not the party that produces").isEqualTo(Side.RESPONDENT);
    }

    // ---- CE art. 46 para. 1: the court hears the other side before it reviews ----

    @Test
    void theReviewDoesNotOpenBeforeTheOtherSideWasInvitedToGiveItsOpinion_CE46() {
        DisclosureRequest request = filed();
        refused("disclosure.opinionNotInvited", () -> request.openReview(JUDGE, NOW));
        refused("disclosure.opinionNotInvited", () -> request.openReview(CLERK, NOW.plusSeconds(86400 * 30)));
        assertThat(request.getStatus()).isEqualTo(FILED);
    }

    @Test
    void theCourtInvitesTheOpinionByADayItSetsAndTheReviewOpensOnlyAfterThatDay_CE46() {
        DisclosureRequest request = filed();
        Instant invitedAt = NOW.plusSeconds(60);
        request.inviteOpinion(CLERK, OPINION_DUE, TODAY, invitedAt);

        assertThat(request.getStatus()).isEqualTo(FILED);
        assertThat(request.getOpinionInvitedBy()).isEqualTo("clerk");
        assertThat(request.getOpinionInvitedAt()).isEqualTo(invitedAt);
        assertThat(request.getOpinionDueOn()).isEqualTo(OPINION_DUE.lastDay());
        assertThat(request.getSteps()).extracting(DisclosureStep::getStep).endsWith(DisclosureTransition.INVITE_OPINION);

        BusinessException early = refused("disclosure.opinionDeadlineRunning",
                () -> request.openReview(JUDGE, OPINION_DUE.endsAt().minusMillis(1)));
        assertThat(early.arguments()).containsExactly(OPINION_DUE.lastDay().toString());
        assertThat(request.getStatus()).isEqualTo(FILED);

        request.openReview(JUDGE, OPINION_DUE.endsAt());
        assertThat(request.getStatus()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void anOpinionGivenInTimeOpensTheReviewAtOnce_CE46() {
        DisclosureRequest request = filed();
        request.inviteOpinion(JUDGE, OPINION_DUE, TODAY, NOW);
        request.recordOpinion(ORDERED, "The records are irrelevant.", false, NOW.plusSeconds(60));
        assertThat(request.getStatus()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void theDaySetForTheOpinionMustBeAfterToday_CE46() {
        DisclosureRequest request = filed();
        refused("disclosure.opinionDueInFuture", () -> request.inviteOpinion(CLERK, null, TODAY, NOW));
        refused("disclosure.opinionDueInFuture", () -> request.inviteOpinion(CLERK,
                new DueDate(TODAY, TODAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant(), "CE-46"), TODAY, NOW));
        assertThat(request.getOpinionDueOn()).isNull();
        assertThat(request.getSteps()).extracting(DisclosureStep::getStep).doesNotContain(DisclosureTransition.INVITE_OPINION);
    }

    @Test
    void theCourtMaySetANewDayWhileNoOpinionCame_CE46() {
        DisclosureRequest request = filed();
        request.inviteOpinion(CLERK, OPINION_DUE, TODAY, NOW);
        DueDate later = new DueDate(OPINION_DUE.lastDay().plusDays(3), OPINION_DUE.endsAt().plusSeconds(3 * 86400), "CE-46");
        request.inviteOpinion(JUDGE, later, TODAY, NOW.plusSeconds(60));
        assertThat(request.getOpinionDueOn()).isEqualTo(later.lastDay());
        assertThat(request.getOpinionInvitedBy()).isEqualTo("judge");
        refused("disclosure.opinionDeadlineRunning", () -> request.openReview(JUDGE, OPINION_DUE.endsAt()));
    }

    @Test
    void onlyTheCourtInvitesTheOpinionAndOnlyWhileTheRequestIsFiled_CE46() {
        assertThat(DisclosureTransition.INVITE_OPINION.takenBy()).containsExactlyInAnyOrder(DisclosureRole.JUDGE, DisclosureRole.CLERK);
        assertThat(DisclosureTransition.INVITE_OPINION.from()).containsExactly(FILED);
        refused("disclosure.notAllowed", () -> filed().inviteOpinion(APPLICANT, OPINION_DUE, TODAY, NOW));
        refused("disclosure.notAllowed", () -> filed().inviteOpinion(ORDERED, OPINION_DUE, TODAY, NOW));
        refused("disclosure.illegalTransition", () -> underReview().inviteOpinion(CLERK, OPINION_DUE, TODAY, NOW));
    }

    // ---- IPE art. 26 para. 1: material said to hold trade secrets is ordered only with protection ----

    @Test
    void materialTheApplicantSaysHoldsTradeSecretsIsOrderedOnlyWithAMeasureOrAFinding_IPE26() {
        DisclosureRequest request = underReview(caseIn(CaseStatus.EVIDENCE_PERIOD), SECRET_APPLICATION, false);
        assertThat(request.saidToContainTradeSecrets()).isTrue();
        assertThat(request.isSecretSaidByApplicant()).isTrue();
        refused("disclosure.tradeSecretNeedsMeasure", () -> request.grant(JUDGE, unprotected(null), DUE, null, TODAY, NOW));
        refused("disclosure.tradeSecretNeedsMeasure", () -> request.grant(JUDGE, unprotected(" \n"), DUE, null, TODAY, NOW));
        assertThat(request.getStatus()).isEqualTo(UNDER_REVIEW);

        request.grant(JUDGE, terms(), DUE, measures(), TODAY, NOW);
        assertThat(request.getStatus()).isEqualTo(GRANTED);
    }

    @Test
    void materialTheOrderedSideSaysHoldsItsTradeSecretsNeedsProtectionToo_IPE26() {
        DisclosureRequest request = underReview(caseIn(CaseStatus.EVIDENCE_PERIOD), COMPLETE, true);
        assertThat(request.isSecretSaidByOrdered()).isTrue();
        refused("disclosure.tradeSecretNeedsMeasure", () -> request.grant(JUDGE, unprotected(null), DUE, null, TODAY, NOW));
        for (OrderTerms oneMeasure : List.of(
                new OrderTerms(DUE_ON, "Sales records", true, false, Set.of(), "r"),
                new OrderTerms(DUE_ON, "Sales records", false, true, Set.of(), "r"),
                new OrderTerms(DUE_ON, "Sales records", false, false, Set.of("counsel"), "r"))) {
            DisclosureRequest another = underReview(caseIn(CaseStatus.EVIDENCE_PERIOD), COMPLETE, true);
            another.grant(JUDGE, oneMeasure, DUE, measures(), TODAY, NOW);
            assertThat(another.getStatus()).isEqualTo(GRANTED);
        }
    }

    @Test
    void inATradeSecretCaseTheMaterialIsTakenToHoldTradeSecrets_IPE26() {
        DisputeCase tradeSecretCase = caseIn(CaseStatus.EVIDENCE_PERIOD);
        set(tradeSecretCase, "ipType", IpType.TRADE_SECRET);
        DisclosureRequest request = underReview(tradeSecretCase, COMPLETE, false);
        assertThat(request.saidToContainTradeSecrets()).isTrue();
        refused("disclosure.tradeSecretNeedsMeasure", () -> request.grant(JUDGE, unprotected(null), DUE, null, TODAY, NOW));
    }

    @Test
    void theJudgeMayFindWithReasonsThatNoTradeSecretIsInvolved_IPE26() {
        DisclosureRequest request = underReview(caseIn(CaseStatus.EVIDENCE_PERIOD), SECRET_APPLICATION, true);
        request.grant(JUDGE, unprotected("  Published price lists: no trade secret is involved.\n"), DUE, null, TODAY, NOW);
        assertThat(request.getStatus()).isEqualTo(GRANTED);
        assertThat(request.getNoSecretFinding()).isEqualTo("Published price lists: no trade secret is involved.");
    }

    @Test
    void materialNotSaidToHoldTradeSecretsMayBeOrderedWithoutAMeasure_IPE26() {
        DisclosureRequest request = underReview();
        assertThat(request.saidToContainTradeSecrets()).isFalse();
        request.grant(JUDGE, unprotected(null), DUE, null, TODAY, NOW);
        assertThat(request.getStatus()).isEqualTo(GRANTED);
        assertThat(request.protection()).isEmpty();
    }

    @Test
    void aPartysStatementsFitWhatTheRecordKeeps() {
        DisclosureRequest filed = draft(COMPLETE);
        filed.file(APPLICANT, TODAY, NOW);
        BusinessException tooLong = refused("disclosure.reasonsRequired",
                () -> filed.recordOpinion(ORDERED, "x".repeat(DisclosureApplication.LIMIT + 1), false, NOW));
        assertThat(tooLong.arguments()).containsExactly(DisclosureApplication.LIMIT);
        assertThat(filed.getStatus()).isEqualTo(FILED);

        DisclosureRequest granted = granted();
        refused("disclosure.reasonsRequired", () -> granted.refuse(ORDERED, "x".repeat(DisclosureApplication.LIMIT + 1), NOW));
        refused("disclosure.reasonsRequired", () -> granted.reportPartial(ORDERED, "x".repeat(DisclosureApplication.LIMIT + 1), NOW));
        assertThat(granted.getStatus()).isEqualTo(GRANTED);
    }

    @Test
    void aDenialNeedsAGroundAndReasons() {
        DisclosureRequest request = underReview();
        refused("disclosure.denialGroundRequired", () -> request.deny(JUDGE, null, "reasons", NOW));
        refused("disclosure.reasonsRequired", () -> request.deny(JUDGE, DenialGround.UNNECESSARY, " ", NOW));
        request.deny(JUDGE, DenialGround.UNNECESSARY, "The fact is proved by the notarised purchase.", NOW);
        assertThat(request.getStatus()).isEqualTo(DENIED);
        assertThat(request.getDenialGround()).isEqualTo(DenialGround.UNNECESSARY);
    }

    // ---- after an order: what the law lets the judge find, by rule and ground (issue 12 points 6, 8, 9) ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = NonComplianceGround.class, names = {"REFUSAL", "PARTIAL_REFUSAL", "DEADLINE_LAPSED"})
    void notProducingADocumentReachesOnlyItsAssertedContent_CE48para1(NonComplianceGround ground) {
        DisclosureRequest request = referredOn(NonComplianceLaw.CE_48, ground);

        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getNonComplianceGround()).isEqualTo(ground);
        assertThat(request.findingKind()).isEqualTo(RulingKind.PRESUMPTION_DOCUMENT_CONTENT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = NonComplianceGround.class, names = {"DESTROYED", "MADE_UNUSABLE"})
    void destroyingADocumentOrMakingItUnusableReachesTheAssertedFact_CE48para2_CPLI113(NonComplianceGround ground) {
        DisclosureRequest request = referredOn(NonComplianceLaw.CE_48, ground);

        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getNonComplianceGround()).isEqualTo(ground);
        assertThat(request.findingKind()).isEqualTo(RulingKind.PRESUMPTION_ASSERTED_FACT);
    }

    @Test
    void aFalseDocumentIsNoGroundArticle48Provides_CE48() {
        DisclosureRequest request = produced(NonComplianceLaw.CE_48);
        refused("disclosure.challengeGroundNotInLaw",
                () -> request.challengeProduction(APPLICANT, NonComplianceGround.FALSE_EVIDENCE, "Forged.", NOW.plusSeconds(600)));
        assertThat(request.getStatus()).isEqualTo(PRODUCED);
        assertThat(request.getNonComplianceGround()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(NonComplianceGround.class)
    void everyGroundPresumesTheAssertionOnTheMatterToBeProved_IPE25para1(NonComplianceGround ground) {
        DisclosureRequest request = referredOn(NonComplianceLaw.IPE_25, ground);

        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getNonComplianceGround()).isEqualTo(ground);
        assertThat(request.findingKind()).isEqualTo(RulingKind.PRESUMPTION_ASSERTION_ON_MATTER);
        assertThat(request.declinedKind()).isEqualTo(RulingKind.PRESUMPTION_NOT_APPLIED);
    }

    @Test
    void theApplicantsCounselChallengesACompletedProductionWithAGroundAndReasons_IPE25para1() {
        refused("disclosure.illegalTransition", () -> granted().challengeProduction(APPLICANT,
                NonComplianceGround.FALSE_EVIDENCE, "Forged.", NOW));
        DisclosureRequest request = produced(NonComplianceLaw.IPE_25);
        refused("disclosure.notAllowed", () -> request.challengeProduction(ORDERED, NonComplianceGround.DESTROYED, "r", NOW));
        refused("disclosure.notAllowed", () -> request.challengeProduction(JUDGE, NonComplianceGround.DESTROYED, "r", NOW));
        refused("disclosure.challengeGroundRequired", () -> request.challengeProduction(APPLICANT, null, "r", NOW));
        refused("disclosure.challengeGroundRequired",
                () -> request.challengeProduction(APPLICANT, NonComplianceGround.REFUSAL, "r", NOW));
        refused("disclosure.reasonsRequired",
                () -> request.challengeProduction(APPLICANT, NonComplianceGround.FALSE_EVIDENCE, " ", NOW));
        assertThat(request.getStatus()).isEqualTo(PRODUCED);

        request.challengeProduction(APPLICANT, NonComplianceGround.FALSE_EVIDENCE, "The sales ledger contradicts the tax filings.",
                NOW.plusSeconds(600));

        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
        assertThat(request.getProductionOutcome()).as("what the ordered party reported stays on record").isEqualTo(PRODUCED);
        assertThat(request.getChallengeReasons()).isEqualTo("The sales ledger contradicts the tax filings.");
        assertThat(request.getSteps()).extracting(DisclosureStep::getStep)
                .endsWith(DisclosureTransition.CHALLENGE_PRODUCTION, DisclosureTransition.REFER_FOR_INFERENCE);
        assertThat(request.getSteps()).extracting(DisclosureStep::getActor).endsWith("counsel", "system");

        request.decidePresumption(JUDGE, true, 44L, "The ledger was fabricated for the order.", NOW.plusSeconds(900));
        assertThat(request.getStatus()).isEqualTo(PRESUMPTION_APPLIED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = NonComplianceGround.class, names = {"REFUSAL", "PARTIAL_REFUSAL", "DEADLINE_LAPSED", "FALSE_EVIDENCE"})
    void accountBooksNotProducedOrFalseLeadToAFindingOnDamagesNotAPresumption_PatentLaw71para4(NonComplianceGround ground) {
        DisclosureRequest request = referredOn(NonComplianceLaw.ACCOUNT_BOOKS, ground);

        assertThat(request.findingKind()).isEqualTo(RulingKind.DAMAGES_FOUND);
        assertThat(request.declinedKind()).isEqualTo(RulingKind.DAMAGES_NOT_BY_REFERENCE);
        assertThat(request.offers(DisclosureTransition.APPLY_PRESUMPTION)).isFalse();
        assertThat(request.offers(DisclosureTransition.FIND_DAMAGES)).isTrue();
        refused("disclosure.notUnderThisRule", () -> request.decidePresumption(JUDGE, true, 45L, "r", NOW.plusSeconds(900)));
        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);

        request.decideDamages(JUDGE, true, 45L, "Damages of CNY 2 million follow the claimant’s sales survey.", NOW.plusSeconds(900));

        assertThat(request.getStatus()).isEqualTo(DAMAGES_FOUND);
        assertThat(request.getPresumptionRulingId()).isEqualTo(45L);
    }

    @Test
    void theJudgeMayDeclineToSetDamagesByReference_PatentLaw71para4() {
        DisclosureRequest request = referredOn(NonComplianceLaw.ACCOUNT_BOOKS, NonComplianceGround.REFUSAL);
        refused("disclosure.notAllowed", () -> request.decideDamages(CLERK, false, 46L, "r", NOW.plusSeconds(900)));
        refused("disclosure.reasonsRequired", () -> request.decideDamages(JUDGE, false, 46L, " ", NOW.plusSeconds(900)));

        request.decideDamages(JUDGE, false, 46L, "The books were withheld for a justified reason.", NOW.plusSeconds(900));
        assertThat(request.getStatus()).isEqualTo(DAMAGES_NOT_BY_REFERENCE);
    }

    @Test
    void onlyFalseAccountBooksCanBeChallenged_PatentLaw71para4() {
        DisclosureRequest request = produced(NonComplianceLaw.ACCOUNT_BOOKS);
        refused("disclosure.challengeGroundNotInLaw",
                () -> request.challengeProduction(APPLICANT, NonComplianceGround.DESTROYED, "r", NOW.plusSeconds(600)));
        request.challengeProduction(APPLICANT, NonComplianceGround.FALSE_EVIDENCE, "Invoices missing.", NOW.plusSeconds(600));
        assertThat(request.findingKind()).isEqualTo(RulingKind.DAMAGES_FOUND);
    }

    @Test
    void aDisclosureRuleNeverLeadsToAFindingOnDamages_IPE25() {
        DisclosureRequest request = referredOn(NonComplianceLaw.IPE_25, NonComplianceGround.REFUSAL);
        assertThat(request.offers(DisclosureTransition.FIND_DAMAGES)).isFalse();
        refused("disclosure.notUnderThisRule", () -> request.decideDamages(JUDGE, true, 47L, "r", NOW.plusSeconds(900)));
        assertThat(request.getStatus()).isEqualTo(INFERENCE_CANDIDATE);
    }

    @Test
    void accountBooksAreOrderedFromTheInfringerOnTheRightsHoldersApplication_PatentLaw71para4() {
        refused("disclosure.accountBooksByRightsHolder", () -> DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_PERIOD),
                Side.RESPONDENT, "patent-71-4@1", NonComplianceLaw.ACCOUNT_BOOKS, COMPLETE, null, Set.of(), "defence", NOW));
        assertThat(draft(COMPLETE, NonComplianceLaw.ACCOUNT_BOOKS).orderedSide()).isEqualTo(Side.RESPONDENT);
    }

    @Test
    void aRevisedDraftRestsOnTheRuleChosenInTheRevision_CE48() {
        DisclosureRequest request = draft(COMPLETE, NonComplianceLaw.IPE_25);

        request.revise(APPLICANT, "ce-45-48@1", NonComplianceLaw.CE_48, COMPLETE, null, Set.of(), NOW.plusSeconds(60));

        assertThat(request.getRuleKey()).isEqualTo("ce-45-48@1");
        assertThat(request.getNonComplianceLaw()).isEqualTo(NonComplianceLaw.CE_48);
    }

    @Test
    void aRespondentsDraftCannotBeRevisedIntoAnAccountBooksRequest_PatentLaw71para4() {
        DisclosureRequest request = DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_PERIOD), Side.RESPONDENT,
                "ipe-24-26@1", NonComplianceLaw.IPE_25, COMPLETE, null, Set.of(), "defence", NOW);
        DisclosureActor defence = actor("defence", DisclosureRole.APPLICANT_COUNSEL);

        refused("disclosure.accountBooksByRightsHolder", () -> request.revise(defence, "patent-71-4@1",
                NonComplianceLaw.ACCOUNT_BOOKS, COMPLETE, null, Set.of(), NOW.plusSeconds(60)));
        assertThat(request.getRuleKey()).isEqualTo("ipe-24-26@1");
    }

    /**
     * A new disclosure rule (LEGAL.md point 20: a new rule is a new file in config/rules, not a code change) says in its
     * file which article's consequences follow non-compliance; its id decides nothing.
     */
    @Test
    void aRuleFileSaysWhichArticlesConsequencesFollowNonCompliance_IPE25() {
        RuleSet shipped = RuleSetFiles.load(java.nio.file.Path.of("config/rules")).stream()
                .filter(rule -> rule.id().equals("ipe-24-26")).findFirst().orElseThrow();
        RuleSet renamed = new RuleSet("ecommerce-data-disclosure", 1, shipped.status(), true, shipped.kind(),
                shipped.citation(), shipped.title(), shipped.ipTypes(), shipped.showings(), shipped.requirement(),
                shipped.conduct(), null, shipped.consequence(), null, "IPE_25");

        assertThat(NonComplianceLaw.of(renamed)).isEqualTo(NonComplianceLaw.IPE_25);
    }

    @Test
    void theSchemaOffersExactlyTheConsequencesTheCodeKnows() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("config/rules/rule-set.schema.json").toFile());
        List<String> offered = new java.util.ArrayList<>();
        schema.at("/properties/nonCompliance/enum").forEach(value -> offered.add(value.asText()));

        assertThat(offered).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(NonComplianceLaw.values()).map(Enum::name).toList());
    }

    @Test
    void eachShippedDisclosureAndDamagesRuleFollowsItsOwnArticle_CE48_IPE25_PatentLaw71() {
        List<RuleSet> shipped = RuleSetFiles.load(java.nio.file.Path.of("config/rules"));
        for (RuleSet rule : shipped) {
            if (rule.kind() == RuleKind.BURDEN_SHIFT) {
                refused("disclosure.ruleRequired", () -> NonComplianceLaw.of(rule));
                continue;
            }
            NonComplianceLaw expected = switch (rule.id()) {
                case "ce-45-48" -> NonComplianceLaw.CE_48;
                case "ipe-24-26" -> NonComplianceLaw.IPE_25;
                default -> NonComplianceLaw.ACCOUNT_BOOKS;
            };
            assertThat(NonComplianceLaw.of(rule)).as(rule.key()).isEqualTo(expected);
            assertThat(rule.kind() == RuleKind.DAMAGES_ACCOUNT_BOOKS).as(rule.key()).isEqualTo(expected.setsDamages());
        }
        assertThat(shipped).extracting(RuleSet::id).contains("ce-45-48", "ipe-24-26", "patent-71-4", "trademark-63-2",
                "copyright-54-4");
    }

    // ---- every transition: who may take it and from where ----

    static Stream<Arguments> illegalStates() {
        return Stream.of(DisclosureTransition.values())
                .flatMap(step -> EnumSet.complementOf(EnumSet.copyOf(step.from())).stream()
                        .map(state -> Arguments.of(step, state)));
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("illegalStates")
    void everyTransitionIsRefusedFromAStateItDoesNotStartFrom(DisclosureTransition step, DisclosureStatus state) {
        DisclosureActor allowed = new DisclosureActor("someone", step.takenBy());
        BusinessException refusal = catchThrowableOfType(BusinessException.class, () -> step.check(state, allowed));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("disclosure.illegalTransition");
        assertThat(step.allows(state, allowed)).isFalse();
    }

    static Stream<Arguments> wrongRoles() {
        return Stream.of(DisclosureTransition.values())
                .flatMap(step -> EnumSet.complementOf(EnumSet.copyOf(step.takenBy())).stream()
                        .map(role -> Arguments.of(step, role)));
    }

    @ParameterizedTest(name = "{0} by {1} is refused")
    @MethodSource("wrongRoles")
    void everyTransitionIsRefusedToARoleThatMayNotTakeIt(DisclosureTransition step, DisclosureRole role) {
        DisclosureStatus from = step.from().iterator().next();
        BusinessException refusal = catchThrowableOfType(BusinessException.class,
                () -> step.check(from, actor("someone", role)));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("disclosure.notAllowed");
    }

    @Test
    void onlyAJudgeGrantsDeniesOrDecidesOnAPresumption() {
        for (DisclosureTransition step : List.of(DisclosureTransition.GRANT, DisclosureTransition.DENY,
                DisclosureTransition.APPLY_PRESUMPTION, DisclosureTransition.DECLINE_PRESUMPTION,
                DisclosureTransition.FIND_DAMAGES, DisclosureTransition.DECLINE_DAMAGES_FINDING)) {
            assertThat(step.takenBy()).containsExactly(DisclosureRole.JUDGE);
        }
    }

    @Test
    void theSystemOnlyLapsesAndRefers() {
        assertThat(Stream.of(DisclosureTransition.values()).filter(step -> step.takenBy().contains(DisclosureRole.SYSTEM)))
                .containsExactlyInAnyOrder(DisclosureTransition.LAPSE, DisclosureTransition.REFER_FOR_INFERENCE);
    }

    @Test
    void aRefusedStepChangesNothingOnTheRequest() {
        DisclosureRequest request = granted();
        int steps = request.getSteps().size();
        refused("disclosure.notAllowed", () -> request.refuse(APPLICANT, "no", NOW));
        refused("disclosure.notAllowed", () -> request.decidePresumption(CLERK, true, 1L, "r", NOW));
        refused("disclosure.illegalTransition", () -> request.decidePresumption(JUDGE, true, 1L, "r", NOW));
        refused("disclosure.illegalTransition", () -> request.withdraw(APPLICANT, NOW));
        assertThat(request.getStatus()).isEqualTo(GRANTED);
        assertThat(request.getSteps()).hasSize(steps);
        assertThat(request.getPresumptionRulingId()).isNull();
    }

    @Test
    void rolesFollowTheApplicantsSide() {
        org.evidencedesk.dispute.CaseActor respondentCounsel = new org.evidencedesk.dispute.CaseActor("defence",
                EnumSet.of(org.evidencedesk.dispute.CaseCapacity.RESPONDENT_COUNSEL));
        assertThat(DisclosureActor.of(respondentCounsel, Side.CLAIMANT).roles()).containsExactly(DisclosureRole.ORDERED_COUNSEL);
        assertThat(DisclosureActor.of(respondentCounsel, Side.RESPONDENT).roles()).containsExactly(DisclosureRole.APPLICANT_COUNSEL);
        org.evidencedesk.dispute.CaseActor unassignedJudge = new org.evidencedesk.dispute.CaseActor("judge2",
                EnumSet.of(org.evidencedesk.dispute.CaseCapacity.COURT_JUDGE));
        assertThat(DisclosureActor.of(unassignedJudge, Side.CLAIMANT).roles()).isEmpty();
    }

    // ---- who sees a request ----

    @Test
    void aRequestNeverFiledIsSeenOnlyByItsAuthorsSide() {
        DisclosureRequest draft = draft(COMPLETE);

        assertThat(draft.isVisibleTo(APPLICANT)).isTrue();
        assertThat(draft.isVisibleTo(ORDERED)).isFalse();
        assertThat(draft.isVisibleTo(JUDGE)).isFalse();
        assertThat(draft.isVisibleTo(CLERK)).isFalse();
        assertThat(draft.isVisibleTo(new DisclosureActor("judge2", EnumSet.noneOf(DisclosureRole.class)))).isFalse();

        draft.withdraw(APPLICANT, NOW);
        assertThat(draft.isVisibleTo(ORDERED)).as("withdrawn before filing").isFalse();
        assertThat(draft.isVisibleTo(APPLICANT)).isTrue();
    }

    @Test
    void aFiledRequestIsSeenByBothSidesAndTheCourt() {
        DisclosureRequest filed = underReview();

        assertThat(List.of(APPLICANT, ORDERED, JUDGE, CLERK)).allMatch(filed::isVisibleTo);
        assertThat(filed.isVisibleTo(new DisclosureActor("judge2", EnumSet.noneOf(DisclosureRole.class))))
                .as("the case's other court staff see filed requests through the case").isTrue();
    }

    // ---- fixtures ----

    private static DisclosureRequest draft(DisclosureApplication application) {
        return draft(application, NonComplianceLaw.IPE_25);
    }

    private static DisclosureRequest draft(DisclosureApplication application, NonComplianceLaw law) {
        return DisclosureRequest.draft(caseIn(CaseStatus.EVIDENCE_PERIOD), Side.CLAIMANT, "ipe-24-26@1", law, application,
                null, Set.of(), "counsel", NOW);
    }

    private static DisclosureRequest filed() {
        DisclosureRequest request = draft(COMPLETE);
        request.file(APPLICANT, TODAY, NOW);
        return request;
    }

    private static DisclosureRequest underReview() {
        return underReview(NonComplianceLaw.IPE_25);
    }

    private static DisclosureRequest underReview(NonComplianceLaw law) {
        return underReview(caseIn(CaseStatus.EVIDENCE_PERIOD), law, COMPLETE, false);
    }

    private static DisclosureRequest underReview(DisputeCase disputeCase, DisclosureApplication application, boolean opinionSaysSecret) {
        return underReview(disputeCase, NonComplianceLaw.IPE_25, application, opinionSaysSecret);
    }

    private static DisclosureRequest underReview(DisputeCase disputeCase, NonComplianceLaw law, DisclosureApplication application,
                                                 boolean opinionSaysSecret) {
        DisclosureRequest request = DisclosureRequest.draft(disputeCase, Side.CLAIMANT, "ipe-24-26@1", law, application,
                null, Set.of(), "counsel", NOW);
        request.file(APPLICANT, TODAY, NOW);
        request.recordOpinion(ORDERED, "The records are irrelevant.", opinionSaysSecret, NOW);
        return request;
    }

    private static DisclosureRequest granted() {
        return granted(NonComplianceLaw.IPE_25);
    }

    private static DisclosureRequest granted(NonComplianceLaw law) {
        DisclosureRequest request = underReview(law);
        request.grant(JUDGE, terms(), DUE, measures(), TODAY, NOW);
        return request;
    }

    /** An order under the law whose production the ordered party reported complete. */
    private static DisclosureRequest produced(NonComplianceLaw law) {
        DisclosureRequest request = granted(law);
        request.recordProducedItem(ORDERED, "D-001", NOW.plusSeconds(60));
        request.completeProduction(ORDERED, 1, NOW.plusSeconds(120));
        return request;
    }

    /** An order under the law, brought back to the judge on the ground. */
    private static DisclosureRequest referredOn(NonComplianceLaw law, NonComplianceGround ground) {
        Instant later = NOW.plusSeconds(600);
        switch (ground) {
            case REFUSAL -> {
                DisclosureRequest request = granted(law);
                request.refuse(ORDERED, "It is our trade secret.", later);
                return request;
            }
            case PARTIAL_REFUSAL -> {
                DisclosureRequest request = granted(law);
                request.reportPartial(ORDERED, "Only 2025 exists.", later);
                return request;
            }
            case DEADLINE_LAPSED -> {
                DisclosureRequest request = granted(law);
                request.lapse(DUE.endsAt());
                return request;
            }
            default -> {
                DisclosureRequest request = produced(law);
                request.challengeProduction(APPLICANT, ground, "The ledger produced was rebuilt after the order.", later);
                return request;
            }
        }
    }

    private static OrderTerms terms() {
        return terms(DUE_ON, "Sales records 2024-2025", "The records are in the respondent's control.");
    }

    private static OrderTerms terms(LocalDate dueOn, String items, String reasons) {
        return new OrderTerms(dueOn, items, true, true, Set.of("counsel"), reasons);
    }

    /** An order without any protective measure, with the judge's finding on trade secrets if given. */
    private static OrderTerms unprotected(String noTradeSecretFinding) {
        return new OrderTerms(DUE_ON, "Sales records 2024-2025", false, false, Set.of(),
                "The records are in the respondent's control.", noTradeSecretFinding);
    }

    private static ProtectiveMeasures measures() {
        return new ProtectiveMeasures(1L, true, true, Set.of("counsel"));
    }

    private static DisclosureActor actor(String username, DisclosureRole role) {
        return new DisclosureActor(username, EnumSet.of(role));
    }

    private static BusinessException refused(String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable step) {
        BusinessException refusal = catchThrowableOfType(BusinessException.class, step);
        assertThat(refusal).as("refused with " + key).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        return refusal;
    }

    /** A case in a given state whose evidence period ends on 31 May 2026. */
    static DisputeCase caseIn(CaseStatus status) {
        DisputeCase disputeCase = instantiate(DisputeCase.class);
        set(disputeCase, "id", 7L);
        set(disputeCase, "status", status);
        set(disputeCase, "evidencePeriodEnd", LocalDate.parse("2026-05-31"));
        set(disputeCase, "ipType", IpType.PATENT);
        return disputeCase;
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no field " + name);
    }
}
