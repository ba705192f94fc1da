package org.evidencedesk.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
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
                AUCL_32A.requirement(), Side.CLAIMANT, AUCL_32A.consequence());
        FactInIssue respondentsFact = new FactInIssue(disputeCase, "The method was developed independently.",
                Side.RESPONDENT, toClaimant, "defence", NOW);
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

    // ---- fixtures ----

    private FactInIssue fact(String statement) {
        return new FactInIssue(disputeCase, statement, Side.CLAIMANT, AUCL_32A, "counsel", NOW);
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
