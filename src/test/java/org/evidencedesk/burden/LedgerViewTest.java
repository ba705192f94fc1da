package org.evidencedesk.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetFiles;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/**
 * The ledger page's read model says which steps the viewer may take: counsel support and take back links only on
 * open facts whose burden their side bears; only the judge who may rule is offered the open facts to rule on.
 */
class LedgerViewTest {

    private static final RuleSet AUCL_32A = RuleSetFiles.load(Path.of("config/rules")).stream()
            .filter(rule -> rule.key().equals("aucl-32a@1")).findFirst().orElseThrow();
    private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");
    private static final CaseActor CLAIMANT = new CaseActor("counsel", Set.of(CaseCapacity.CLAIMANT_COUNSEL));

    private final DisputeCase disputeCase = Entities.set(Entities.instantiate(DisputeCase.class), "id", 7L);
    private final EvidenceItem policy = item(1L, Side.CLAIMANT);
    private final EvidenceItem reply = item(2L, Side.RESPONDENT);
    private final FactInIssue claimantsOpen = fact(11L, Side.CLAIMANT);
    private final FactInIssue claimantsRuled = fact(12L, Side.CLAIMANT);
    private final FactInIssue respondents = fact(13L, Side.RESPONDENT);

    @Test
    void counselMaySupportOnlyOpenFactsTheirSideBears() {
        claimantsRuled.rule(AUCL_32A, false, 99L);
        LedgerView claimant = view(Side.CLAIMANT, false);
        LedgerView respondent = view(Side.RESPONDENT, false);
        LedgerView clerk = view(null, false);

        assertThat(claimant.supportable()).extracting(BurdenLedger.Entry::fact).containsExactly(claimantsOpen);
        assertThat(respondent.supportable()).extracting(BurdenLedger.Entry::fact).containsExactly(respondents);
        assertThat(clerk.supportable()).isEmpty();
        assertThat(claimant.mayPropose()).isTrue();
        assertThat(clerk.mayPropose()).isFalse();
    }

    @Test
    void onlyTheJudgeWhoMayRuleIsOfferedTheOpenFacts() {
        claimantsRuled.rule(AUCL_32A, true, 99L);

        assertThat(view(null, true).factsToRule()).containsExactly(claimantsOpen, respondents);
        assertThat(view(Side.CLAIMANT, false).factsToRule()).isEmpty();
    }

    @Test
    void aStepNamesOnlyFactsAndLinksOnTheLedger() {
        LedgerView claimant = view(Side.CLAIMANT, false);
        long link = claimantsOpen.getSupports().get(0).getId();

        assertThat(claimant.versionOf(11L)).isEqualTo(claimantsOpen.getVersion());
        assertThat(claimant.factOfLink(link)).isEqualTo(11L);
        assertThatThrownBy(() -> claimant.versionOf(404L)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> claimant.factOfLink(404L)).isInstanceOf(CaseNotFoundException.class);
    }

    private LedgerView view(Side counselSide, boolean mayRule) {
        List<BurdenLedger.Entry> entries = List.of(claimantsOpen, claimantsRuled, respondents).stream()
                .map(fact -> BurdenLedger.Entry.seenBy(CLAIMANT, fact, AUCL_32A)).toList();
        return new LedgerView(disputeCase, entries, List.of(AUCL_32A), List.of(), counselSide, mayRule,
                counselSide == Side.CLAIMANT ? List.of(policy) : List.of(), Map.of());
    }

    private FactInIssue fact(long id, Side side) {
        FactInIssue fact = new FactInIssue(disputeCase, "Fact " + id, side, AUCL_32A, null,
                new ConductPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)), "counsel", NOW);
        Entities.set(fact, "id", id);
        fact.link(AUCL_32A, "confidentiality-measures", side == Side.CLAIMANT ? policy : reply, "counsel", NOW);
        fact.getSupports().forEach(support -> Entities.set(support, "id", id * 100));
        return fact;
    }

    private EvidenceItem item(long id, Side side) {
        EvidenceItem item = Entities.instantiate(EvidenceItem.class);
        Entities.set(item, "id", id);
        Entities.set(item, "side", side);
        Entities.set(item, "disputeCase", disputeCase);
        Entities.set(item, "confidentiality", Confidentiality.PARTIES);
        return item;
    }
}
