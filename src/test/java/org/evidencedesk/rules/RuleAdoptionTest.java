package org.evidencedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;

/**
 * A proposed rule made binding at this court by a recorded instrument (issue 12, point 7): a new active version
 * that cites the instrument and stands alone, while the proposed version keeps resolving.
 */
class RuleAdoptionTest {

    private static final List<RuleSet> SHIPPED = RuleSetFiles.load(RuleSetFilesTest.SHIPPED);
    private static final String PROPOSED = "ecommerce-tech-lower-burden@1";
    private static final LocalizedText NOTICE = new LocalizedText("Pilot notice of the court on e-commerce technology evidence, No. 3",
            "本院关于电子商务技术证据的试点通知（第3号）");

    @Test
    void theAdoptedVersionIsActiveCitesTheInstrumentAndKeepsTheProposalsShowings_ProposedRuleAdopted() {
        RuleSet proposed = shipped(PROPOSED);
        RuleSetAdoption adoption = adoption(PROPOSED, 2);

        List<RuleSet> merged = RuleCatalogue.withAdoptions(SHIPPED, List.of(adoption));
        RuleSet adopted = merged.stream().filter(rule -> rule.key().equals("ecommerce-tech-lower-burden@2")).findFirst().orElseThrow();

        assertThat(adopted.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(adopted.isProposed()).isFalse();
        assertThat(adopted.citation().en()).isEqualTo(NOTICE.en() + " (2026-12-01)");
        assertThat(adopted.citation().zh()).isEqualTo(NOTICE.zh() + "（2026-12-01）");
        assertThat(adopted.title().en()).doesNotContain("PROPOSED", "NOT BINDING").contains("binding at this court");
        assertThat(adopted.title().zh()).doesNotContain("拟议").contains("具有约束力");
        assertThat(adopted.consequence().en()).doesNotContain("no legal force");
        assertThat(adopted.showings()).isEqualTo(proposed.showings());
        assertThat(adopted.requirement()).isEqualTo(proposed.requirement());
        assertThat(adopted.burdenMove()).isEqualTo(proposed.burdenMove());
        assertThat(merged).as("the proposed version still resolves").contains(proposed);
        assertThat(RuleCatalogue.inForce(merged, rule -> !rule.isProposed())).extracting(RuleSet::key)
                .contains("ecommerce-tech-lower-burden@2");
        assertThat(adoption.adoptedKey()).isEqualTo("ecommerce-tech-lower-burden@2");
    }

    @Test
    void withoutARecordedInstrumentTheRuleStaysOnlyProposed() {
        assertThat(RuleCatalogue.withAdoptions(SHIPPED, List.of())).isEqualTo(SHIPPED);
        assertThat(shipped(PROPOSED).onAdoption()).as("the proposed file says what it becomes once binding").isNotNull();
    }

    @Test
    void anAdoptedVersionNumberAFileAlreadyUsesStopsTheApplication() {
        assertThatThrownBy(() -> RuleCatalogue.withAdoptions(SHIPPED, List.of(adoption(PROPOSED, 1))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ecommerce-tech-lower-burden@1");
    }

    @Test
    void onlyAProposedRuleThatSaysWhatItBecomesCanBeAdopted() {
        assertThatThrownBy(() -> RuleCatalogue.withAdoptions(SHIPPED, List.of(adoption("aucl-32a@1", 2))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("aucl-32a@1");
        assertThatThrownBy(() -> shipped("aucl-32a@1").adoptedUnder(NOTICE, 2)).isInstanceOf(IllegalStateException.class);
    }

    private static RuleSetAdoption adoption(String key, int version) {
        return new RuleSetAdoption(key, version, NOTICE, LocalDate.of(2026, 12, 1), "admin", Instant.parse("2026-12-02T01:00:00Z"));
    }

    private static RuleSet shipped(String key) {
        return SHIPPED.stream().filter(rule -> rule.key().equals(key)).findFirst().orElseThrow();
    }
}
