package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.evidencedesk.dispute.TestFixtures.assertRefusedWithoutChange;
import static org.evidencedesk.dispute.TestFixtures.beijing;
import static org.evidencedesk.dispute.TestFixtures.completeDetails;
import static org.evidencedesk.dispute.TestFixtures.court;
import static org.evidencedesk.dispute.TestFixtures.merchant;
import static org.evidencedesk.dispute.TestFixtures.refusal;
import static org.evidencedesk.dispute.TestFixtures.rightsHolder;
import static org.evidencedesk.dispute.TestFixtures.user;
import static org.junit.jupiter.api.Named.named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.evidencedesk.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseDetailsTest {

    private static final String TITLE = "Ranking manipulation on a marketplace";
    private static final String CLAIMS = "The respondent bought fake orders to rank its listings first.";
    private static final String RELIEF = "Stop the conduct; damages of CNY 500,000.";
    private static final List<PartyDetails> PARTIES = List.of(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"));
    private static final Instant NOW = beijing("2026-04-28T10:00");

    static Stream<Arguments> incompleteDetails() {
        return Stream.of(
                refused("missing title", withTitle(null), "case.titleRequired"),
                refused("blank title", withTitle("   "), "case.titleRequired"),
                refused("301-character title", withTitle("题".repeat(301)), "case.titleRequired"),
                refused("missing IP type", new CaseDetails(TITLE, null, TechnologyArea.SEARCH, CLAIMS, RELIEF, PARTIES),
                        "case.ipTypeRequired"),
                refused("missing technology", new CaseDetails(TITLE, IpType.PATENT, null, CLAIMS, RELIEF, PARTIES),
                        "case.technologyRequired"),
                refused("missing claims", withClaims(null), "case.claimsRequired"),
                refused("blank claims", withClaims("\n\t "), "case.claimsRequired"),
                refused("10,001-character claims", withClaims("x".repeat(10_001)), "case.claimsRequired"),
                refused("missing relief", withRelief(null), "case.reliefRequired"),
                refused("10,001-character relief", withRelief("x".repeat(10_001)), "case.reliefRequired"),
                refused("no parties", withParties(), "case.claimantRequired"),
                refused("no claimant", withParties(merchant("杭州某店铺")), "case.claimantRequired"),
                refused("no respondent", withParties(rightsHolder("北京某科技有限公司")), "case.respondentRequired"),
                refused("only a third party", withParties(new PartyDetails(PartyKind.DATA_HOLDING_PLATFORM, "某云", true)),
                        "case.claimantRequired"),
                refused("a party with a blank name", withParties(rightsHolder("北京某科技有限公司"), merchant(" ")),
                        "case.partyNameRequired"),
                refused("a party without a name", withParties(rightsHolder(null), merchant("杭州某店铺")),
                        "case.partyNameRequired"),
                refused("a party with a 301-character name", withParties(rightsHolder("名".repeat(301)), merchant("杭州某店铺")),
                        "case.partyNameRequired"),
                refused("a party without a kind", withParties(rightsHolder("北京某科技有限公司"),
                        new PartyDetails(null, "杭州某店铺", true)), "case.partyKindRequired"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("incompleteDetails")
    void incompleteOrOversizedDetailsAreRefusedWithTheirKey(CaseDetails details, String messageKey) {
        refusal(messageKey, details::validate);
    }

    @Test
    void theTextLimitsThemselvesAreAllowed() {
        CaseDetails atTheLimits = new CaseDetails("题".repeat(300), IpType.PATENT, TechnologyArea.AI_MODEL,
                "x".repeat(10_000), "y".repeat(10_000), List.of(rightsHolder("名".repeat(300)), merchant("杭州某店铺")));

        assertThatCode(atTheLimits::validate).doesNotThrowAnyException();
    }

    @Test
    void completeDetailsPassAndAFiledCaseReturnsThemTrimmed() {
        CaseDetails complete = new CaseDetails("  " + TITLE + " ", IpType.UNFAIR_COMPETITION,
                TechnologyArea.RANKING_RECOMMENDATION, CLAIMS + "\n", " " + RELIEF,
                List.of(rightsHolder(" 北京某科技有限公司 "), merchant("杭州某店铺"),
                        new PartyDetails(PartyKind.PLATFORM_OPERATOR, "某平台", false)));

        assertThatCode(complete::validate).doesNotThrowAnyException();
        DisputeCase filed = DisputeCase.file(complete, court(1, "BJIPC", "京73"), user("counsel", 10, null, Role.COUNSEL),
                NOW, TestFixtures.planner());

        assertThat(filed.details()).isEqualTo(new CaseDetails(TITLE, IpType.UNFAIR_COMPETITION,
                TechnologyArea.RANKING_RECOMMENDATION, CLAIMS, RELIEF, List.of(rightsHolder("北京某科技有限公司"),
                merchant("杭州某店铺"), new PartyDetails(PartyKind.PLATFORM_OPERATOR, "某平台", false))));
        assertThat(filed.getParties()).extracting(Party::getSide, Party::getPosition).containsExactly(
                tuple(Side.CLAIMANT, 0), tuple(Side.RESPONDENT, 1), tuple(Side.RESPONDENT, 2));
        assertThat(filed.partiesOn(Side.RESPONDENT)).extracting(Party::getName).containsExactly("杭州某店铺", "某平台");
    }

    @Test
    void thePartiesAreCopiedWhenTheDetailsAreMade() {
        List<PartyDetails> parties = new ArrayList<>(PARTIES);
        CaseDetails details = new CaseDetails(TITLE, IpType.PATENT, TechnologyArea.SEARCH, CLAIMS, RELIEF, parties);

        parties.clear();

        assertThat(details.parties()).containsExactlyElementsOf(PARTIES);
    }

    @Test
    void anAmendmentWithIncompleteDetailsChangesNothing() {
        DisputeCase c = DisputeCase.file(completeDetails(), court(1, "BJIPC", "京73"),
                user("counsel", 10, null, Role.COUNSEL), NOW, TestFixtures.planner());
        CaseActor counsel = new CaseActor("counsel", EnumSet.of(CaseCapacity.CLAIMANT_COUNSEL));

        assertRefusedWithoutChange(c, "case.respondentRequired",
                () -> c.amend(counsel, withParties(rightsHolder("北京某科技有限公司")), NOW));
    }

    // ---- helpers ----

    private static Arguments refused(String what, CaseDetails details, String messageKey) {
        return Arguments.of(named(what, details), messageKey);
    }

    private static CaseDetails withTitle(String title) {
        return new CaseDetails(title, IpType.PATENT, TechnologyArea.SEARCH, CLAIMS, RELIEF, PARTIES);
    }

    private static CaseDetails withClaims(String claims) {
        return new CaseDetails(TITLE, IpType.PATENT, TechnologyArea.SEARCH, claims, RELIEF, PARTIES);
    }

    private static CaseDetails withRelief(String relief) {
        return new CaseDetails(TITLE, IpType.PATENT, TechnologyArea.SEARCH, CLAIMS, relief, PARTIES);
    }

    private static CaseDetails withParties(PartyDetails... parties) {
        return new CaseDetails(TITLE, IpType.PATENT, TechnologyArea.SEARCH, CLAIMS, RELIEF, List.of(parties));
    }
}
