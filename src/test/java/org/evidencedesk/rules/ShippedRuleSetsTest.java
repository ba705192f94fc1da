package org.evidencedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped rule set against the statute it encodes: the combinations of showings that meet it, written
 * out here by hand from the article, must be exactly the requirement's minimal satisfying sets; each of them
 * meets the rule, and taking away any one showing of it does not.
 */
class ShippedRuleSetsTest {

    private static final Map<String, RuleSet> SHIPPED = RuleSetFiles.load(RuleSetFilesTest.SHIPPED).stream()
            .collect(Collectors.toMap(RuleSet::key, rule -> rule));
    private static final Set<IpType> ALL_TYPES = Set.of(IpType.values());

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("aucl-32a@1", RuleKind.BURDEN_SHIFT, Set.of(IpType.TRADE_SECRET),
                        List.of(Set.of("confidentiality-measures", "infringement-reasonably-indicated"))),
                rule("aucl-32b@1", RuleKind.BURDEN_SHIFT, Set.of(IpType.TRADE_SECRET),
                        List.of(Set.of("infringement-reasonably-indicated", "access-or-opportunity", "substantially-identical"),
                                Set.of("infringement-reasonably-indicated", "disclosed-used-or-at-risk"),
                                Set.of("infringement-reasonably-indicated", "other-evidence"))),
                rule("aucl-39a@1", RuleKind.BURDEN_SHIFT, Set.of(IpType.TRADE_SECRET),
                        List.of(Set.of("confidentiality-measures", "infringement-reasonably-indicated"))),
                rule("aucl-39b@1", RuleKind.BURDEN_SHIFT, Set.of(IpType.TRADE_SECRET),
                        List.of(Set.of("infringement-reasonably-indicated", "access-or-opportunity", "substantially-identical"),
                                Set.of("infringement-reasonably-indicated", "disclosed-used-or-at-risk"),
                                Set.of("infringement-reasonably-indicated", "other-evidence"))),
                rule("patent-71-4@1", RuleKind.DAMAGES_ACCOUNT_BOOKS, Set.of(IpType.PATENT),
                        List.of(Set.of("best-efforts-on-damages", "books-mainly-held-by-infringer"))),
                rule("trademark-63-2@1", RuleKind.DAMAGES_ACCOUNT_BOOKS, Set.of(IpType.TRADEMARK),
                        List.of(Set.of("best-efforts-on-damages", "books-mainly-held-by-infringer"))),
                rule("copyright-54-4@1", RuleKind.DAMAGES_ACCOUNT_BOOKS, Set.of(IpType.COPYRIGHT, IpType.SOFTWARE_COPYRIGHT),
                        List.of(Set.of("necessary-burden-discharged", "books-mainly-held-by-infringer"))),
                rule("patent-66-1@1", RuleKind.BURDEN_SHIFT, Set.of(IpType.PATENT),
                        List.of(Set.of("new-product-process-patent", "same-product"))),
                rule("ipe-3@1", RuleKind.BURDEN_SHIFT, Set.of(IpType.PATENT),
                        List.of(Set.of("same-product", "likely-patented-process", "reasonable-efforts"))),
                rule("ipe-24-26@1", RuleKind.DISCLOSURE_ORDER, ALL_TYPES,
                        List.of(Set.of("applicant-bears-burden", "written-application", "opposing-party-controls", "grounds-established"))),
                rule("ce-45-48@1", RuleKind.DISCLOSURE_ORDER, ALL_TYPES,
                        Stream.of("cited-by-holder", "made-for-applicant", "applicant-entitled-by-law", "account-books", "other-court-deems")
                                .map(category -> Set.of("document-identified", "fact-and-importance", "basis-of-control", "reason-to-produce", category))
                                .toList()),
                rule("ecommerce-tech-lower-burden@1", RuleKind.BURDEN_SHIFT,
                        Set.of(IpType.PATENT, IpType.COPYRIGHT, IpType.SOFTWARE_COPYRIGHT, IpType.TRADE_SECRET, IpType.UNFAIR_COMPETITION),
                        List.of(Set.of("right-established", "offered-through-ecommerce", "technical-evidence-held-by-accused", "observable-similarity"),
                                Set.of("right-established", "offered-through-ecommerce", "technical-evidence-held-by-accused", "access-to-technology"))));
    }

    private static Arguments rule(String key, RuleKind kind, Set<IpType> types, List<Set<String>> minimalSets) {
        return Arguments.of(key, kind, types, minimalSets);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleIsWhatTheStatuteSays(String key, RuleKind kind, Set<IpType> types, List<Set<String>> minimalSets) {
        RuleSet rule = SHIPPED.get(key);

        assertThat(rule).as(key + " is shipped").isNotNull();
        assertThat(rule.kind()).isEqualTo(kind);
        assertThat(rule.ipTypes()).isEqualTo(types);
        assertThat(rule.burdenMove()).isEqualTo(kind == RuleKind.BURDEN_SHIFT ? Optional.of(Side.RESPONDENT) : Optional.empty());
        assertThat(rule.requirement().minimalSatisfyingSets()).containsExactlyInAnyOrderElementsOf(minimalSets);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyMinimalSetMeetsTheRuleAndLosingAnyOneShowingFails(String key, RuleKind kind, Set<IpType> types, List<Set<String>> minimalSets) {
        RuleSet rule = SHIPPED.get(key);

        for (Set<String> minimal : minimalSets) {
            ShowingsAssessment met = rule.assess(minimal);
            assertThat(met.met()).as(key + " met by " + minimal).isTrue();
            assertThat(met.supportedByShowing()).containsOnlyKeys(rule.showings().stream().map(Showing::id).toList());
            for (String showing : minimal) {
                Set<String> fewer = new HashSet<>(minimal);
                fewer.remove(showing);
                ShowingsAssessment unmet = rule.assess(fewer);
                assertThat(unmet.met()).as(key + " without " + showing).isFalse();
                assertThat(unmet.unsupported()).extracting(Showing::id).contains(showing);
            }
        }
        assertThat(rule.assess(Set.of()).met()).as(key + " with nothing shown").isFalse();
        Set<String> everything = rule.showings().stream().map(Showing::id).collect(Collectors.toSet());
        assertThat(rule.assess(everything).met()).as(key + " with everything shown").isTrue();
        assertThat(rule.assess(everything).unsupported()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void anyOfAlternativesAreIndependent(String key, RuleKind kind, Set<IpType> types, List<Set<String>> minimalSets) {
        RuleSet rule = SHIPPED.get(key);
        // Showings that only some alternatives need: each alternative alone, without the others' showings, suffices.
        Set<String> common = new HashSet<>(minimalSets.get(0));
        minimalSets.forEach(common::retainAll);
        for (Set<String> alternative : minimalSets) {
            for (Set<String> other : minimalSets) {
                if (other != alternative) {
                    Set<String> onlyOther = new HashSet<>(other);
                    onlyOther.removeAll(alternative);
                    Set<String> mixed = new HashSet<>(common);
                    mixed.addAll(onlyOther);
                    assertThat(rule.assess(alternative).met()).isTrue();
                    assertThat(rule.assess(mixed).met()).as(key + ": " + mixed + " is exactly the other alternative").isEqualTo(mixed.equals(other));
                }
            }
        }
    }

    // ---- issue 12, point 6: damages and disclosure rules move no burden ----

    /**
     * Patent Law 71(4), Trademark Law 63(2), Copyright Law 54(4): where the books are not provided, the court
     * "可以参考权利人的主张和提供的证据" set damages; IPE 24 and CE 45 order the party that controls the evidence
     * to produce it. None of them moves a burden, so none names a side it moves to.
     */
    @Test
    void noRuleOfKindDamagesOrDisclosureNamesABurdenMove_Patent71_4_Trademark63_2_Copyright54_4_Ipe24_Ce45() {
        assertThat(SHIPPED.values()).filteredOn(rule -> rule.kind() != RuleKind.BURDEN_SHIFT)
                .extracting(RuleSet::key)
                .contains("patent-71-4@1", "trademark-63-2@1", "copyright-54-4@1", "ipe-24-26@1", "ce-45-48@1");
        for (RuleSet rule : SHIPPED.values()) {
            assertThat(rule.burdenMove().isPresent()).as(rule.key() + " names a burden move").isEqualTo(rule.kind() == RuleKind.BURDEN_SHIFT);
        }
    }

    @Test
    void damagesRulesSayTheConsequenceIsDamagesByReferenceToTheRightHoldersClaim_Patent71_4_Trademark63_2_Copyright54_4() {
        for (String key : List.of("patent-71-4@1", "trademark-63-2@1", "copyright-54-4@1")) {
            RuleSet rule = SHIPPED.get(key);
            assertThat(rule.kind()).isEqualTo(RuleKind.DAMAGES_ACCOUNT_BOOKS);
            assertThat(rule.consequence().zh()).as(key).contains("可以参考权利人的主张和提供的证据");
            assertThat(rule.consequence().en()).as(key).contains("by reference to the rights holder's claims and the evidence it provided");
        }
    }

    // ---- issue 12, point 13: AUCL 2025 art. 39 beside 2019 art. 32 ----

    /**
     * The 2025 revision, in force since 15 October 2025, keeps the trade-secret burden provision as art. 39
     * (LEGAL.md): versions citing art. 39 govern conduct from that day, the art. 32 versions conduct before it,
     * with the same showings and the same consequence.
     */
    @Test
    void auclArt39VersionsGovernConductFrom15October2025AndArt32VersionsBefore_Aucl2025Art39() {
        LocalDate inForce = LocalDate.of(2025, 10, 15);
        for (String paragraph : List.of("a", "b")) {
            RuleSet art32 = SHIPPED.get("aucl-32" + paragraph + "@1");
            RuleSet art39 = SHIPPED.get("aucl-39" + paragraph + "@1");
            assertThat(art39).as("aucl-39" + paragraph + " is shipped").isNotNull();
            assertThat(art39.citation().zh()).contains("（2025年修订）第三十九条" + ("a".equals(paragraph) ? "第一款" : "第二款"));
            assertThat(art39.citation().en()).contains("2025", "art. 39");
            assertThat(art32.citation().zh()).contains("（2019年修正）第三十二条");
            assertThat(art39.showings()).isEqualTo(art32.showings());
            assertThat(art39.requirement()).isEqualTo(art32.requirement());
            assertThat(art39.consequence()).isEqualTo(art32.consequence());
            assertThat(art39.burdenMove()).isEqualTo(art32.burdenMove());

            assertThat(art32.governsConductEndingOn(inForce.minusDays(1))).isTrue();
            assertThat(art32.governsConductEndingOn(inForce)).isFalse();
            assertThat(art39.governsConductEndingOn(inForce.minusDays(1))).isFalse();
            assertThat(art39.governsConductEndingOn(inForce)).isTrue();
        }
    }

    @Test
    void theProposedRulesCrossReferenceNamesTheVersionOfTheLaw_Aucl2019Art32_Aucl2025Art39() {
        RuleSet proposed = SHIPPED.get("ecommerce-tech-lower-burden@1");

        assertThat(proposed.consequence().zh()).contains("（2019年修正）第三十二条", "（2025年修订）第三十九条");
        assertThat(proposed.consequence().en()).contains("art. 32 of the 2019 amendment", "art. 39 of the 2025 revision");
    }

    @Test
    void rulesOfLawsThatDidNotChangeGovernConductOfAnyDate() {
        SHIPPED.values().stream().filter(rule -> !rule.id().startsWith("aucl-"))
                .forEach(rule -> assertThat(rule.conduct().isAlways()).as(rule.key()).isTrue());
    }
}
