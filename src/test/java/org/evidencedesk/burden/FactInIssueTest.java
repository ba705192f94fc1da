package org.evidencedesk.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetFiles;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/** A fact in issue against the shipped rule sets: its statement, the evidence linked to showings, the ruling. */
class FactInIssueTest {

    private static final List<RuleSet> RULES = RuleSetFiles.load(Path.of("config/rules"));
    private static final RuleSet AUCL_32A = rule("aucl-32a@1");
    private static final String MEASURES = "confidentiality-measures";
    private static final String INFRINGEMENT = "infringement-reasonably-indicated";
    private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");
    /** Conduct that ended before the AUCL 2025 revision came into force on 15 October 2025: art. 32 governs it. */
    private static final ConductPeriod BEFORE_2025_REVISION = new ConductPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));

    private final DisputeCase disputeCase = caseWithId(7L);
    private final FactInIssue fact = fact("The pricing algorithm is a trade secret of the claimant.");

    // ---- the statement ----

    @Test
    void aStatementIsRequired() {
        refused("burden.statementRequired", () -> fact(null));
        refused("burden.statementRequired", () -> fact(""));
        refused("burden.statementRequired", () -> fact(" \n\t "));
    }

    @Test
    void aStatementIsCappedAfterStripping() {
        String longest = "事".repeat(FactInIssue.LIMIT);
        assertThat(fact("  " + longest + "\n").getStatement()).isEqualTo(longest);
        BusinessException refusal = refused("burden.statementRequired", () -> fact(longest + "实"));
        assertThat(refusal.arguments()).containsExactly(FactInIssue.LIMIT);
    }

    @Test
    void aNewFactIsOpenWithTheBurdenOnTheProposerAndTheRuleKey() {
        assertThat(fact.getState()).isEqualTo(FactState.OPEN);
        assertThat(fact.getBurdenOn()).isEqualTo(Side.CLAIMANT);
        assertThat(fact.getRuleKey()).isEqualTo("aucl-32a@1");
        assertThat(fact.supportedShowings()).isEmpty();
    }

    // ---- linking preliminary evidence ----

    @Test
    void theRuleIsMetOnlyOnceEveryShowingItRequiresIsSupported() {
        assertThat(AUCL_32A.assess(fact.supportedShowings()).met()).isFalse();

        fact.link(AUCL_32A, MEASURES, item(1L, Side.CLAIMANT, disputeCase), "counsel", NOW);
        assertThat(fact.supportedShowings()).containsExactly(MEASURES);
        assertThat(AUCL_32A.assess(fact.supportedShowings()).met()).isFalse();
        assertThat(AUCL_32A.assess(fact.supportedShowings()).supportedByShowing())
                .containsEntry(MEASURES, true).containsEntry(INFRINGEMENT, false);

        fact.link(AUCL_32A, INFRINGEMENT, item(2L, Side.CLAIMANT, disputeCase), "counsel", NOW);
        assertThat(fact.supportedShowings()).containsExactlyInAnyOrder(MEASURES, INFRINGEMENT);
        assertThat(AUCL_32A.assess(fact.supportedShowings()).met()).isTrue();
    }

    @Test
    void oneItemMaySupportSeveralShowingsAndOneShowingSeveralItems() {
        EvidenceItem contract = item(1L, Side.CLAIMANT, disputeCase);
        fact.link(AUCL_32A, MEASURES, contract, "counsel", NOW);
        fact.link(AUCL_32A, INFRINGEMENT, contract, "counsel", NOW);
        fact.link(AUCL_32A, MEASURES, item(2L, Side.CLAIMANT, disputeCase), "counsel", NOW);

        assertThat(fact.getSupports()).hasSize(3);
        assertThat(fact.supportedShowings()).containsExactlyInAnyOrder(MEASURES, INFRINGEMENT);
        assertThat(fact.getSupports().get(0).getLinkedBy()).isEqualTo("counsel");
        assertThat(fact.getSupports().get(0).getLinkedAt()).isEqualTo(NOW);
    }

    @Test
    void aShowingTheRuleDoesNotListIsRefused() {
        refused("burden.unknownShowing",
                () -> fact.link(AUCL_32A, "sales-records", item(1L, Side.CLAIMANT, disputeCase), "counsel", NOW));
        // a showing of another rule set is unknown to this one
        RuleSet patent714 = rule("patent-71-4@1");
        String otherShowing = patent714.showings().get(0).id();
        assertThat(AUCL_32A.showing(otherShowing)).isEmpty();
        refused("burden.unknownShowing",
                () -> fact.link(AUCL_32A, otherShowing, item(1L, Side.CLAIMANT, disputeCase), "counsel", NOW));
        assertThat(fact.getSupports()).isEmpty();
    }

    @Test
    void onlyTheBurdenedSidesEvidenceInTheSameCaseMayBeLinked() {
        refused("burden.ownEvidenceOnly",
                () -> fact.link(AUCL_32A, MEASURES, item(1L, Side.RESPONDENT, disputeCase), "counsel", NOW));
        refused("burden.ownEvidenceOnly",
                () -> fact.link(AUCL_32A, MEASURES, item(2L, Side.COURT, disputeCase), "counsel", NOW));
        refused("burden.ownEvidenceOnly",
                () -> fact.link(AUCL_32A, MEASURES, item(3L, Side.CLAIMANT, caseWithId(8L)), "counsel", NOW));
        assertThat(fact.getSupports()).isEmpty();
    }

    @Test
    void linkingTheSameItemToTheSameShowingTwiceKeepsOneLink() {
        EvidenceItem contract = item(1L, Side.CLAIMANT, disputeCase);
        fact.link(AUCL_32A, MEASURES, contract, "counsel", NOW);
        fact.link(AUCL_32A, MEASURES, contract, "counsel", NOW.plusSeconds(60));
        // the same row loaded again (another instance with the same id) is the same item
        fact.link(AUCL_32A, MEASURES, item(1L, Side.CLAIMANT, disputeCase), "counsel2", NOW.plusSeconds(120));

        assertThat(fact.getSupports()).singleElement().satisfies(support -> {
            assertThat(support.getLinkedBy()).isEqualTo("counsel");
            assertThat(support.getLinkedAt()).isEqualTo(NOW);
        });
    }

    // ---- the ruling ----

    @Test
    void aShiftMovesTheBurdenToTheSideTheRuleNames() {
        assertThat(AUCL_32A.burdenMovesTo()).isEqualTo(Side.RESPONDENT);
        fact.rule(AUCL_32A, true, 42L);

        assertThat(fact.getState()).isEqualTo(FactState.SHIFTED);
        assertThat(fact.getBurdenOn()).isEqualTo(Side.RESPONDENT);
        assertThat(fact.getRulingId()).isEqualTo(42L);
    }

    @Test
    void theSideTheBurdenMovesToComesFromTheRuleNotFromWhoBearsItNow() {
        // every shipped rule moves it to the respondent; the same rule moving it to the claimant must be followed
        RuleSet toClaimant = new RuleSet(AUCL_32A.id(), 99, AUCL_32A.status(), AUCL_32A.enabledByDefault(),
                AUCL_32A.kind(), AUCL_32A.citation(), AUCL_32A.title(), AUCL_32A.ipTypes(), AUCL_32A.showings(),
                AUCL_32A.requirement(), AUCL_32A.conduct(), Side.CLAIMANT, AUCL_32A.consequence(), null, null);
        FactInIssue respondentsFact = new FactInIssue(disputeCase, "The method was developed independently.",
                Side.RESPONDENT, toClaimant, null, BEFORE_2025_REVISION, "defence", NOW);
        respondentsFact.rule(toClaimant, true, 5L);
        assertThat(respondentsFact.getBurdenOn()).isEqualTo(Side.CLAIMANT);

        FactInIssue alreadyThere = fact("The respondent used the algorithm.");
        alreadyThere.rule(toClaimant, true, 6L);
        assertThat(alreadyThere.getBurdenOn()).isEqualTo(Side.CLAIMANT);
        assertThat(alreadyThere.getState()).isEqualTo(FactState.SHIFTED);
    }

    @Test
    void aRulingNotToShiftKeepsTheBurden() {
        fact.link(AUCL_32A, MEASURES, item(1L, Side.CLAIMANT, disputeCase), "counsel", NOW);
        fact.rule(AUCL_32A, false, 43L);

        assertThat(fact.getState()).isEqualTo(FactState.NOT_SHIFTED);
        assertThat(fact.getBurdenOn()).isEqualTo(Side.CLAIMANT);
        assertThat(fact.getRulingId()).isEqualTo(43L);
    }

    @Test
    void aFactRuledOnCanNeitherBeLinkedUnlinkedNorRuledAgain() {
        fact.link(AUCL_32A, MEASURES, item(1L, Side.CLAIMANT, disputeCase), "counsel", NOW);
        Entities.set(fact.getSupports().get(0), "id", 11L);
        fact.rule(AUCL_32A, true, 42L);

        refused("burden.alreadyRuled",
                () -> fact.link(AUCL_32A, INFRINGEMENT, item(2L, Side.RESPONDENT, disputeCase), "defence", NOW));
        refused("burden.alreadyRuled", () -> fact.unlink(11L));
        refused("burden.alreadyRuled", () -> fact.rule(AUCL_32A, false, 44L));

        assertThat(fact.getSupports()).hasSize(1);
        assertThat(fact.getState()).isEqualTo(FactState.SHIFTED);
        assertThat(fact.getBurdenOn()).isEqualTo(Side.RESPONDENT);
        assertThat(fact.getRulingId()).isEqualTo(42L);
    }

    @Test
    void unlinkingRemovesOnlyTheNamedLink() {
        fact.link(AUCL_32A, MEASURES, item(1L, Side.CLAIMANT, disputeCase), "counsel", NOW);
        fact.link(AUCL_32A, INFRINGEMENT, item(2L, Side.CLAIMANT, disputeCase), "counsel", NOW);
        Entities.set(fact.getSupports().get(0), "id", 11L);
        Entities.set(fact.getSupports().get(1), "id", 12L);

        fact.unlink(12L);
        fact.unlink(99L);

        assertThat(fact.supportedShowings()).containsExactly(MEASURES);
        assertThat(AUCL_32A.assess(fact.supportedShowings()).met()).isFalse();
    }

    @Test
    void aPresumptionIsRecordedBesideTheBurdenWithoutMovingIt() {
        fact.rule(AUCL_32A, false, 43L);
        fact.recordPresumption(50L);
        assertThat(fact.getPresumptionRulingId()).isEqualTo(50L);
        assertThat(fact.getBurdenOn()).isEqualTo(Side.CLAIMANT);
        assertThat(fact.getState()).isEqualTo(FactState.NOT_SHIFTED);
    }

    // ---- issue 12, point 6: damages and disclosure rules are no basis of a burden shift ----

    /** Patent Law 71(4) and its twins set damages "参考权利人的主张和提供的证据"; IPE 24 orders production: no burden moves. */
    @Test
    void aDamagesOrDisclosureRuleIsNoBasisOfAFactInIssue_Patent71_4_Trademark63_2_Copyright54_4_Ipe24_Ce45() {
        for (String key : List.of("patent-71-4@1", "trademark-63-2@1", "copyright-54-4@1", "ipe-24-26@1", "ce-45-48@1")) {
            BusinessException refusal = refused("burden.notABurdenRule", () -> new FactInIssue(disputeCase, "The infringer's profits were 3 million.",
                    Side.CLAIMANT, rule(key), null, null, "counsel", NOW));
            assertThat(refusal.arguments()).containsExactly(key);
        }
    }

    @Test
    void aFactRecordedEarlierUnderADamagesRuleCannotBeShifted_Patent71_4() {
        FactInIssue earlier = Entities.instantiate(FactInIssue.class);
        Entities.set(earlier, "state", FactState.OPEN);
        Entities.set(earlier, "burdenOn", Side.CLAIMANT);

        refused("burden.notABurdenRule", () -> earlier.rule(rule("patent-71-4@1"), true, 42L));
        refused("burden.notABurdenRule", () -> earlier.checkMayShiftUnder(rule("patent-71-4@1")));
        assertThat(earlier.getState()).isEqualTo(FactState.OPEN);
        assertThat(earlier.getBurdenOn()).isEqualTo(Side.CLAIMANT);
    }

    // ---- issue 12, point 7: a proposed rule never stands alone ----

    @Test
    void aProposedRuleIsNoBasisOnItsOwn_ProposedRuleNotBinding() {
        RuleSet proposal = rule("ecommerce-tech-lower-burden@1");

        refused("burden.proposalCannotStandAlone", () -> new FactInIssue(disputeCase, "The ranking service copies the model.",
                Side.CLAIMANT, proposal, null, null, "counsel", NOW));

        FactInIssue earlier = Entities.instantiate(FactInIssue.class);
        Entities.set(earlier, "state", FactState.OPEN);
        Entities.set(earlier, "burdenOn", Side.CLAIMANT);
        refused("burden.proposalCannotStandAlone", () -> earlier.rule(proposal, true, 42L));
        earlier.rule(proposal, false, 43L);
        assertThat(earlier.getState()).as("the judge may still rule that the burden stays").isEqualTo(FactState.NOT_SHIFTED);
    }

    @Test
    void aProposedRuleIsWeighedBesideABindingBasisWhichDecidesTheShift_ProposedRuleNotBinding() {
        RuleSet proposal = rule("ecommerce-tech-lower-burden@1");
        FactInIssue weighed = new FactInIssue(disputeCase, "The ranking service copies the model.", Side.CLAIMANT, AUCL_32A, proposal,
                BEFORE_2025_REVISION, "counsel", NOW);

        assertThat(weighed.getRuleKey()).isEqualTo("aucl-32a@1");
        assertThat(weighed.getProposalKey()).contains("ecommerce-tech-lower-burden@1");
        weighed.rule(AUCL_32A, true, 42L);
        assertThat(weighed.getBurdenOn()).isEqualTo(Side.RESPONDENT);

        refused("burden.notAProposal", () -> new FactInIssue(disputeCase, "A binding rule is no proposal.", Side.CLAIMANT, AUCL_32A,
                rule("aucl-32b@1"), BEFORE_2025_REVISION, "counsel", NOW));
    }

    // ---- issue 12, point 13: the version of the AUCL that governs the conduct's dates ----

    /** AUCL 2019 art. 32 governs conduct before 15 October 2025; the 2025 revision's art. 39 conduct from that day. */
    @Test
    void theAuclVersionMustBeTheOneInForceOnTheLastAct_Aucl2019Art32_Aucl2025Art39() {
        ConductPeriod straddling = new ConductPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 15));
        ConductPeriod endedTheDayBefore = new ConductPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 14));

        BusinessException refusal = refused("burden.ruleNotForConductDates", () -> new FactInIssue(disputeCase, "Used the secret.",
                Side.CLAIMANT, AUCL_32A, null, straddling, "counsel", NOW));
        assertThat(refusal.arguments()).containsExactly("aucl-32a@1", LocalDate.of(2025, 10, 15));
        assertThat(new FactInIssue(disputeCase, "Used the secret.", Side.CLAIMANT, rule("aucl-39a@1"), null, straddling, "counsel", NOW)
                .getRuleKey()).isEqualTo("aucl-39a@1");

        refused("burden.ruleNotForConductDates", () -> new FactInIssue(disputeCase, "Used the secret.",
                Side.CLAIMANT, rule("aucl-39b@1"), null, endedTheDayBefore, "counsel", NOW));
        FactInIssue before = new FactInIssue(disputeCase, "Used the secret.", Side.CLAIMANT, rule("aucl-32b@1"), null, endedTheDayBefore,
                "counsel", NOW);
        assertThat(before.getConductFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(before.getConductUntil()).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void aVersionOfAChangedLawNeedsTheConductDates_Aucl2025Art39() {
        refused("burden.conductDatesRequired", () -> new FactInIssue(disputeCase, "Used the secret.", Side.CLAIMANT, rule("aucl-39a@1"),
                null, null, "counsel", NOW));
        refused("burden.conductDatesRequired", () -> new ConductPeriod(LocalDate.of(2025, 3, 1), null));
        refused("burden.conductEndsBeforeItStarts", () -> new ConductPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28)));
        // a law that did not change needs no dates
        assertThat(new FactInIssue(disputeCase, "The product is new.", Side.CLAIMANT, rule("patent-66-1@1"), null, null, "counsel", NOW)
                .getConductUntil()).isNull();
    }

    // ---- fixtures ----

    private FactInIssue fact(String statement) {
        return new FactInIssue(disputeCase, statement, Side.CLAIMANT, AUCL_32A, null, BEFORE_2025_REVISION, "counsel", NOW);
    }

    private static RuleSet rule(String key) {
        return RULES.stream().filter(rule -> rule.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule set " + key + " in config/rules"));
    }

    private static DisputeCase caseWithId(long id) {
        return Entities.set(Entities.instantiate(DisputeCase.class), "id", id);
    }

    private static EvidenceItem item(long id, Side side, DisputeCase disputeCase) {
        EvidenceItem item = Entities.instantiate(EvidenceItem.class);
        Entities.set(item, "id", id);
        Entities.set(item, "side", side);
        Entities.set(item, "disputeCase", disputeCase);
        return item;
    }

    private static BusinessException refused(String key, ThrowingCallable step) {
        BusinessException refusal = catchThrowableOfType(BusinessException.class, step);
        assertThat(refusal).as("refused with " + key).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        return refusal;
    }
}
