package org.evidencedesk.burden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetFiles;
import org.junit.jupiter.api.Test;

/** Which rules the burden ledger offers as the basis of a fact, and which it shows beside one (issue 12, points 6 and 7). */
class BurdenBasesTest {

    private static final List<RuleSet> SHIPPED = RuleSetFiles.load(Path.of("config/rules"));

    /** Damages rules set damages "参考权利人的主张和提供的证据" and disclosure rules order production: neither moves a burden. */
    @Test
    void theLedgerOffersNoDamagesOrDisclosureRule_Patent71_4_Trademark63_2_Copyright54_4() {
        assertThat(keys(BurdenLedger.bindingBases(SHIPPED, IpType.PATENT))).containsExactly("ipe-3@1", "patent-66-1@1");
        assertThat(BurdenLedger.bindingBases(SHIPPED, IpType.TRADEMARK)).isEmpty();
        assertThat(BurdenLedger.bindingBases(SHIPPED, IpType.COPYRIGHT)).isEmpty();
        assertThat(keys(BurdenLedger.bindingBases(SHIPPED, IpType.TRADE_SECRET)))
                .containsExactly("aucl-32a@1", "aucl-32b@1", "aucl-39a@1", "aucl-39b@1");
    }

    @Test
    void aProposedRuleIsNeverOfferedAsABasisOnlyBesideOne_ProposedRuleNotBinding() {
        for (IpType type : IpType.values()) {
            assertThat(keys(BurdenLedger.bindingBases(SHIPPED, type))).doesNotContain("ecommerce-tech-lower-burden@1");
        }
        assertThat(keys(BurdenLedger.proposals(SHIPPED, IpType.TRADE_SECRET))).containsExactly("ecommerce-tech-lower-burden@1");
        assertThat(BurdenLedger.proposals(SHIPPED, IpType.TRADEMARK)).as("the proposal does not cover trademarks").isEmpty();
    }

    @Test
    void theFindingSaysAProposalWeighedBesideItIsNotBinding_ProposedRuleNotBinding() {
        assertThat(BurdenLedger.findingSentence(true, false)).isEqualTo("burden.showingsMet");
        assertThat(BurdenLedger.findingSentence(false, false)).isEqualTo("burden.showingsNotMet");
        assertThat(BurdenLedger.findingSentence(true, true)).isEqualTo("burden.showingsMet.proposalNotBinding");
        assertThat(BurdenLedger.findingSentence(false, true)).isEqualTo("burden.showingsNotMet.proposalNotBinding");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.evidencedesk.web.messages", locale);
            assertThat(bundle.getString(BurdenLedger.findingSentence(true, true))).containsAnyOf("not binding", "不具有法律约束力");
            assertThat(bundle.getString(BurdenLedger.findingSentence(false, true))).containsAnyOf("not binding", "不具有法律约束力");
        }
    }

    private static List<String> keys(List<RuleSet> rules) {
        return rules.stream().map(RuleSet::key).toList();
    }
}
