package org.evidencedesk.burden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetFiles;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/** A ledger entry as one viewer reads it: links to items they may not see are counted, never shown. */
class LedgerEntryTest {

    private static final List<RuleSet> RULES = RuleSetFiles.load(Path.of("config/rules"));
    private static final RuleSet AUCL_32A = RULES.stream()
            .filter(rule -> rule.key().equals("aucl-32a@1")).findFirst().orElseThrow();
    private static final String MEASURES = "confidentiality-measures";
    private static final String INFRINGEMENT = "infringement-reasonably-indicated";
    private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

    private static final CaseActor CLAIMANT = new CaseActor("counsel", Set.of(CaseCapacity.CLAIMANT_COUNSEL));
    private static final CaseActor RESPONDENT = new CaseActor("defence", Set.of(CaseCapacity.RESPONDENT_COUNSEL));
    private static final CaseActor JUDGE = new CaseActor("judge", Set.of(CaseCapacity.ASSIGNED_JUDGE));

    private final DisputeCase disputeCase = Entities.set(Entities.instantiate(DisputeCase.class), "id", 7L);
    private final EvidenceItem policy = item(1L, Confidentiality.PARTIES);
    private final EvidenceItem sourceCode = item(2L, Confidentiality.COURT_ONLY);
    private final FactInIssue fact = fact();

    @Test
    void theOtherSideReadsOnlyTheLinksToItemsItMaySeeAndACountOfTheRest() {
        BurdenLedger.Entry entry = BurdenLedger.Entry.seenBy(RESPONDENT, fact, AUCL_32A);

        assertThat(entry.visibleSupports()).extracting(ShowingSupport::getItem).containsExactly(policy);
        assertThat(entry.withheld(INFRINGEMENT)).isEqualTo(1);
        assertThat(entry.withheld(MEASURES)).isZero();
        assertThat(entry.assessment().supportedByShowing()).as("the showing is still supported")
                .containsEntry(INFRINGEMENT, true).containsEntry(MEASURES, true);
    }

    @Test
    void theProposerAndTheCourtReadEveryLink() {
        for (CaseActor actor : List.of(CLAIMANT, JUDGE)) {
            BurdenLedger.Entry entry = BurdenLedger.Entry.seenBy(actor, fact, AUCL_32A);
            assertThat(entry.visibleSupports()).extracting(ShowingSupport::getItem).containsExactly(policy, sourceCode);
            assertThat(entry.withheldByShowing()).isEmpty();
        }
    }

    /** A proposed rule is shown beside the binding analysis (issue 12, point 7); a damages rule is no binding shift basis. */
    @Test
    void theEntryShowsTheProposalBesideTheBindingAnalysis_ProposedRuleNotBinding() {
        RuleSet proposal = RULES.stream().filter(rule -> rule.key().equals("ecommerce-tech-lower-burden@1")).findFirst().orElseThrow();

        BurdenLedger.Entry entry = BurdenLedger.Entry.seenBy(JUDGE, fact, AUCL_32A, proposal);

        assertThat(entry.rule()).isEqualTo(AUCL_32A);
        assertThat(entry.assessment().met()).as("the binding analysis").isTrue();
        assertThat(entry.proposal()).isEqualTo(proposal);
        assertThat(entry.bindingShiftBasis()).isTrue();
        assertThat(BurdenLedger.Entry.seenBy(JUDGE, fact, AUCL_32A).proposal()).isNull();
        RuleSet patent714 = RULES.stream().filter(rule -> rule.key().equals("patent-71-4@1")).findFirst().orElseThrow();
        assertThat(BurdenLedger.Entry.seenBy(JUDGE, fact, patent714).bindingShiftBasis()).isFalse();
        assertThat(BurdenLedger.Entry.seenBy(JUDGE, fact, proposal).bindingShiftBasis()).isFalse();
    }

    private FactInIssue fact() {
        FactInIssue proposed = new FactInIssue(disputeCase, "The model is a trade secret.", Side.CLAIMANT, AUCL_32A, null,
                new ConductPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)), "counsel", NOW);
        proposed.link(AUCL_32A, MEASURES, policy, "counsel", NOW);
        proposed.link(AUCL_32A, INFRINGEMENT, sourceCode, "counsel", NOW);
        return proposed;
    }

    private EvidenceItem item(long id, Confidentiality confidentiality) {
        EvidenceItem item = Entities.instantiate(EvidenceItem.class);
        Entities.set(item, "id", id);
        Entities.set(item, "side", Side.CLAIMANT);
        Entities.set(item, "disputeCase", disputeCase);
        Entities.set(item, "confidentiality", confidentiality);
        return item;
    }
}
