package org.evidencedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencedesk.rules.Requirement.allOf;
import static org.evidencedesk.rules.Requirement.anyOf;
import static org.evidencedesk.rules.Requirement.showing;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.junit.jupiter.api.Test;

class RequirementTest {

    /** AUCL 32(2): infringement, and access with identity, or disclosure, or other evidence. */
    private static final Requirement AUCL_32_2 = allOf(showing("infringement"),
            anyOf(allOf(showing("access"), showing("identical")), showing("disclosure"), showing("other")));

    @Test
    void nestedRequirementsFollowTheStatute() {
        assertThat(AUCL_32_2.isMetBy(Set.of("infringement", "access", "identical"))).isTrue();
        assertThat(AUCL_32_2.isMetBy(Set.of("infringement", "disclosure"))).isTrue();
        assertThat(AUCL_32_2.isMetBy(Set.of("infringement", "access"))).as("access alone is half of item 1").isFalse();
        assertThat(AUCL_32_2.isMetBy(Set.of("access", "identical", "disclosure", "other"))).as("no infringement shown").isFalse();
    }

    @Test
    void minimalSatisfyingSetsSpellOutTheAlternatives() {
        assertThat(AUCL_32_2.minimalSatisfyingSets()).containsExactlyInAnyOrder(
                Set.of("infringement", "access", "identical"), Set.of("infringement", "disclosure"), Set.of("infringement", "other"));
        assertThat(anyOf(showing("a"), allOf(showing("a"), showing("b"))).minimalSatisfyingSets())
                .as("a set containing another is not minimal").containsExactly(Set.of("a"));
    }

    @Test
    void aRequirementReadsInTheReadersWords() {
        assertThat(AUCL_32_2.describe(String::toUpperCase, "AND", "OR"))
                .isEqualTo("INFRINGEMENT AND ((ACCESS AND IDENTICAL) OR DISCLOSURE OR OTHER)");
        assertThat(AUCL_32_2.describe(id -> id, "且", "或"))
                .isEqualTo("infringement 且 ((access 且 identical) 或 disclosure 或 other)");
    }

    @Test
    void anAssessmentListsTheUnsupportedShowingsInChecklistOrder() {
        RuleSet rule = new RuleSet("sample", 1, RuleStatus.ACTIVE, true, RuleKind.BURDEN_SHIFT, text(), text(), EnumSet.of(IpType.TRADE_SECRET),
                List.of(new Showing("infringement", text()), new Showing("access", text()), new Showing("identical", text()),
                        new Showing("disclosure", text()), new Showing("other", text())),
                AUCL_32_2, ConductWindow.ALWAYS, Side.RESPONDENT, text(), null, null);

        ShowingsAssessment assessment = rule.assess(Set.of("access", "disclosure"));

        assertThat(assessment.met()).isFalse();
        assertThat(assessment.unsupported()).extracting(Showing::id).containsExactly("infringement", "identical", "other");
        assertThat(assessment.supportedByShowing()).containsEntry("access", true).containsEntry("other", false);
        assertThat(rule.key()).isEqualTo("sample@1");
    }

    @Test
    void aTextIsChineseForAChineseReaderAndEnglishOtherwise() {
        LocalizedText text = new LocalizedText("Trade secret", "商业秘密");

        assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("商业秘密");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Trade secret");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Trade secret");
    }

    @Test
    void aNewerEnabledVersionSupersedesAnOlderOneButADisabledOneDoesNot() {
        RuleSet v1 = version(1, RuleStatus.ACTIVE);
        RuleSet v2 = version(2, RuleStatus.PROPOSED);

        assertThat(RuleCatalogue.inForce(List.of(v1, v2), rule -> rule.status() == RuleStatus.ACTIVE)).containsExactly(v1);
        assertThat(RuleCatalogue.inForce(List.of(v1, v2), rule -> true)).containsExactly(v2);
    }

    private static RuleSet version(int version, RuleStatus status) {
        return new RuleSet("sample", version, status, status == RuleStatus.ACTIVE, RuleKind.BURDEN_SHIFT, text(), text(),
                EnumSet.of(IpType.PATENT), List.of(new Showing("a", text())), showing("a"), ConductWindow.ALWAYS, Side.RESPONDENT, text(), null, null);
    }

    private static LocalizedText text() {
        return new LocalizedText("text", "文本");
    }
}
