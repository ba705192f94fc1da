package org.evidencedesk.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/**
 * Which custody entries each capacity sees revealed. The case holds the claimant's P-001 (all parties) and the
 * respondent's D-001 (all parties) and D-002 (court only); "counsel" acts for the claimant, "defence" for the
 * respondent.
 */
class CustodyAudienceTest {

    private static final CaseActor COUNSEL = actor("counsel", CaseCapacity.CLAIMANT_COUNSEL);
    private static final CaseActor DEFENCE = actor("defence", CaseCapacity.RESPONDENT_COUNSEL);
    private static final List<CaseActor> COURT = List.of(actor("clerk", CaseCapacity.COURT_CLERK),
            actor("judge", CaseCapacity.ASSIGNED_JUDGE), actor("judge2", CaseCapacity.COURT_JUDGE),
            actor("investigator", CaseCapacity.ASSIGNED_INVESTIGATOR));
    private static final CaseActor STRANGER = new CaseActor("stranger", Set.of());

    private static final List<EvidenceItem> ITEMS = List.of(item(1, "P-001", Side.CLAIMANT, Confidentiality.PARTIES),
            item(2, "D-001", Side.RESPONDENT, Confidentiality.PARTIES), item(3, "D-002", Side.RESPONDENT, Confidentiality.COURT_ONLY));

    private final TestChains chain = new TestChains(7);

    @Test
    void everyEntryAboutAnItemTheViewerMayNotSeeIsWithheld() {
        for (CustodyAction action : List.of(CustodyAction.SUBMITTED, CustodyAction.TIMESTAMPED, CustodyAction.VIEWED,
                CustodyAction.DOWNLOADED, CustodyAction.STATUS_CHANGED, CustodyAction.UNDERTAKING_ACCEPTED)) {
            CustodyEntry courtOnly = chain.append("defence", action, 3L, Map.of("exhibit", "D-002"));
            CustodyEntry shared = chain.append("defence", action, 2L, Map.of("exhibit", "D-001"));

            assertThat(reveals(COUNSEL, courtOnly)).as(action + " of a court-only item, to the other side").isFalse();
            assertThat(reveals(DEFENCE, courtOnly)).as(action + " of a court-only item, to its own side").isTrue();
            assertThat(reveals(COUNSEL, shared)).as(action + " of an item for all parties").isTrue();
            assertThat(reveals(STRANGER, shared)).as(action + " to someone who sees no item").isFalse();
        }
    }

    /** A revoked certificate names no evidence: every member of the case reads which, when, why and by whom. */
    @Test
    void aCertificateRevocationIsRevealedToBothSidesAndTheCourt() {
        CustodyEntry revoked = chain.append("admin", CustodyAction.CERTIFICATE_REVOKED, null, Map.of(
                "certificate", "CN=Evidence Desk Signing,O=Evidence Desk", "serial", "0ABC", "sha256", "ab".repeat(32),
                "reason", "KEY_COMPROMISE", "reasonCode", 1, "comment", "Key copied to a lost laptop"));

        assertThat(reveals(COUNSEL, revoked)).isTrue();
        assertThat(reveals(DEFENCE, revoked)).isTrue();
        for (CaseActor court : COURT) {
            assertThat(reveals(court, revoked)).isTrue();
        }
    }

    @Test
    void theCourtSeesEveryEntry() {
        CustodyEntry courtOnly = chain.append("defence", CustodyAction.SUBMITTED, 3L, Map.of("exhibit", "D-002"));
        CustodyEntry unknown = chain.append("defence", CustodyAction.VIEWED, 99L, Map.of());
        CustodyEntry draft = chain.append("counsel", CustodyAction.DISCLOSURE, null, Map.of("status", "DRAFT"));

        for (CaseActor court : COURT) {
            assertThat(List.of(courtOnly, unknown, draft)).allMatch(entry -> reveals(court, entry));
        }
    }

    @Test
    void aBundleExportIsRevealedOnlyToThoseWhoMaySeeEveryItemItCarried() {
        CustodyEntry withCourtOnly = chain.append("clerk", CustodyAction.BUNDLE_EXPORTED, null,
                Map.of("items", "P-001,D-001,D-002", "itemIds", List.of(1L, 2L, 3L), "sha256", "ab"));
        CustodyEntry withoutIt = chain.append("counsel", CustodyAction.BUNDLE_EXPORTED, null,
                Map.of("items", "P-001,D-001", "itemIds", List.of(1L, 2L), "sha256", "cd"));

        assertThat(reveals(COUNSEL, withCourtOnly)).isFalse();
        assertThat(reveals(DEFENCE, withCourtOnly)).isTrue();
        assertThat(reveals(COUNSEL, withoutIt)).isTrue();
        assertThat(reveals(DEFENCE, withoutIt)).isTrue();
    }

    @Test
    void exportsRecordedBeforeItemIdsAreJudgedByTheirExhibitNumbersAndIdsAloneSufficeToo() {
        CustodyEntry exhibitsOnly = chain.appendFormat1("clerk", CustodyAction.BUNDLE_EXPORTED, null,
                Map.of("items", "P-001,D-002", "sha256", "ab"));
        CustodyEntry idsOnly = chain.append("clerk", CustodyAction.BUNDLE_EXPORTED, null, Map.of("itemIds", List.of(1L, 3L)));

        assertThat(reveals(COUNSEL, exhibitsOnly)).isFalse();
        assertThat(reveals(COUNSEL, idsOnly)).isFalse();
        assertThat(reveals(DEFENCE, exhibitsOnly)).isTrue();
        assertThat(reveals(DEFENCE, idsOnly)).isTrue();
    }

    @Test
    void anEntryNamingAnItemTheCaseDoesNotHoldIsWithheld() {
        assertThat(reveals(COUNSEL, chain.append("counsel", CustodyAction.VIEWED, 99L, Map.of()))).isFalse();
        assertThat(reveals(COUNSEL, chain.append("counsel", CustodyAction.BURDEN, null, Map.of("exhibit", "X-001")))).isFalse();
        assertThat(reveals(COUNSEL, chain.append("counsel", CustodyAction.BUNDLE_EXPORTED, null,
                Map.of("itemIds", List.of(1L, 99L))))).isFalse();
        assertThat(reveals(COUNSEL, chain.append("counsel", CustodyAction.BUNDLE_EXPORTED, null, Map.of("itemIds", "1")))).isFalse();
    }

    @Test
    void aBurdenLinkToAnExhibitFollowsThatExhibit() {
        CustodyEntry linked = chain.append("defence", CustodyAction.BURDEN, null,
                Map.of("fact", 5L, "step", "LINKED", "exhibit", "D-002"));
        CustodyEntry proposed = chain.append("defence", CustodyAction.BURDEN, null, Map.of("fact", 5L, "step", "PROPOSED"));

        assertThat(reveals(COUNSEL, linked)).isFalse();
        assertThat(reveals(DEFENCE, linked)).isTrue();
        assertThat(reveals(COUNSEL, proposed)).isTrue();
    }

    @Test
    void checkpointsAndRulingsNameNoEvidenceAndAreRevealedToEveryCaseMember() {
        CustodyEntry checkpoint = chain.append("integrity-sweep", CustodyAction.CHECKPOINT, null,
                Map.of("sequence", 4L, "head", "ab", "tsaSerial", "9"));
        CustodyEntry ruling = chain.append("judge", CustodyAction.RULING_ISSUED, null,
                Map.of("ruling", 3L, "kind", "DISCLOSURE_GRANTED", "subject", 8L));

        assertThat(List.of(checkpoint, ruling)).allMatch(entry -> reveals(COUNSEL, entry) && reveals(DEFENCE, entry));
    }

    @Test
    void stepsOfARequestNeverFiledAreRevealedOnlyToTheSideDraftingIt() {
        CustodyEntry draft = chain.append("counsel", CustodyAction.DISCLOSURE, null,
                Map.of("request", 8L, "step", "REVISE", "status", "DRAFT", "applicant", "CLAIMANT", "draft", true));
        CustodyEntry withdrawnDraft = chain.append("counsel", CustodyAction.DISCLOSURE, null,
                Map.of("request", 8L, "step", "WITHDRAW", "status", "WITHDRAWN", "applicant", "CLAIMANT", "draft", true));
        CustodyEntry filed = chain.append("counsel", CustodyAction.DISCLOSURE, null,
                Map.of("request", 9L, "step", "FILE", "status", "FILED", "applicant", "CLAIMANT"));

        assertThat(reveals(COUNSEL, draft)).isTrue();
        assertThat(reveals(COUNSEL, withdrawnDraft)).isTrue();
        assertThat(reveals(DEFENCE, draft)).isFalse();
        assertThat(reveals(DEFENCE, withdrawnDraft)).isFalse();
        assertThat(reveals(DEFENCE, filed)).isTrue();
    }

    @Test
    void aDraftRecordedBeforeTheSideWasNamedIsWithheldFromBothSides() {
        CustodyEntry draft = chain.appendFormat1("counsel", CustodyAction.DISCLOSURE, null,
                Map.of("request", 8L, "step", "REVISE", "status", "DRAFT"));

        assertThat(reveals(COUNSEL, draft)).isFalse();
        assertThat(reveals(DEFENCE, draft)).isFalse();
    }

    @Test
    void aWithheldEntryIsShownAsABareRowAndExportedAsABareLink() {
        CustodyEntry courtOnly = chain.append("defence", CustodyAction.SUBMITTED, 3L,
                Map.of("exhibit", "D-002", "file", "weights.bin", "sha256", "ab"));
        CustodyAudience audience = audience(COUNSEL);

        CustodyRow row = audience.rows(List.of(courtOnly)).get(0);

        assertThat(row.isWithheld()).isTrue();
        assertThat(row.getSequence()).isEqualTo(courtOnly.getSequence());
        assertThat(row.getOccurredAt()).isEqualTo(courtOnly.getOccurredAt());
        assertThat(row.getEntryHash()).isEqualTo(courtOnly.getEntryHash());
        assertThat(row.getActor()).isNull();
        assertThat(row.getAction()).isNull();
        assertThat(row.getDetail()).isNull();
        assertThat(audience.line(courtOnly)).isEqualTo(courtOnly.withheldLine());
        assertThat(audience(DEFENCE).line(courtOnly)).isEqualTo(courtOnly.revealedLine());
        assertThat(audience(DEFENCE).rows(List.of(courtOnly)).get(0).getDetail()).isEqualTo(courtOnly.getDetail());
    }

    /** A row carries the chain's link fields whether withheld or not, and the salt and item only when revealed. */
    @Test
    void aRowCarriesItsLinkAlwaysAndItsOpeningOnlyWhenRevealed() {
        CustodyEntry courtOnly = chain.append("defence", CustodyAction.SUBMITTED, 3L, Map.of("exhibit", "D-002"));

        CustodyRow withheld = audience(COUNSEL).rows(List.of(courtOnly)).get(0);
        CustodyRow revealed = audience(DEFENCE).rows(List.of(courtOnly)).get(0);

        for (CustodyRow row : List.of(withheld, revealed)) {
            assertThat(row.getPreviousHash()).isEqualTo(courtOnly.getPreviousHash());
            assertThat(row.getCommitment()).isEqualTo(courtOnly.getCommitment()).isNotNull();
            assertThat(row.getFormatVersion()).isEqualTo(courtOnly.getFormatVersion());
        }
        assertThat(withheld.getSalt()).isNull();
        assertThat(withheld.getItemId()).isNull();
        assertThat(revealed.getSalt()).isEqualTo(courtOnly.getSalt()).isNotNull();
        assertThat(revealed.getItemId()).isEqualTo(3L);
    }

    /**
     * The custody tab reads only the items its page names ({@link CustodyAudience#namedBy}): for every viewer, that
     * audience answers each entry as the audience of every item of the case does. A name the page misses would
     * withhold an entry the viewer may read, or reveal one they may not.
     */
    @Test
    void anAudienceOfTheItemsAPageNamesAnswersAsOneOfEveryItem() {
        List<CustodyEntry> page = List.of(
                chain.append("defence", CustodyAction.SUBMITTED, 3L, Map.of("exhibit", "D-002")),
                chain.append("counsel", CustodyAction.VIEWED, 1L, Map.of("exhibit", "P-001")),
                chain.append("judge", CustodyAction.BUNDLE_EXPORTED, null, Map.of("items", "P-001, D-001", "itemIds", List.of(1L, 2L))),
                chain.append("defence", CustodyAction.BURDEN, null, Map.of("exhibit", "D-002", "fact", 4L)),
                chain.append("counsel", CustodyAction.VIEWED, 99L, Map.of("exhibit", "P-404")),
                chain.append("counsel", CustodyAction.EXPORTED, null, Map.of("itemIds", "2")),
                chain.append("admin", CustodyAction.CERTIFICATE_REVOKED, null, Map.of("serial", "0ABC")));

        CustodyAudience.NamedItems named = CustodyAudience.namedBy(page);

        assertThat(named.ids()).containsExactlyInAnyOrder(1L, 2L, 3L, 99L);
        assertThat(named.exhibits()).containsExactlyInAnyOrder("P-001", "D-001", "D-002", "P-404");
        for (CaseActor viewer : List.of(COUNSEL, DEFENCE, STRANGER, COURT.get(0))) {
            CustodyAudience ofNamed = CustodyAudience.of(viewer, caseItems(viewer).stream()
                    .filter(item -> named.ids().contains(item.id()) || named.exhibits().contains(item.exhibitNumber()))
                    .toList());
            assertThat(page.stream().map(ofNamed::reveals).toList()).as(viewer.username())
                    .isEqualTo(page.stream().map(audience(viewer)::reveals).toList());
        }
        assertThat(CustodyAudience.namedBy(page.subList(1, 2)).exhibits()).containsExactly("P-001");
    }

    private static boolean reveals(CaseActor viewer, CustodyEntry entry) {
        return audience(viewer).reveals(entry);
    }

    /** The audience as the running application builds it: the evidence access policy decides which items the viewer sees. */
    private static CustodyAudience audience(CaseActor viewer) {
        return CustodyAudience.of(viewer, caseItems(viewer));
    }

    private static List<CaseItem> caseItems(CaseActor viewer) {
        return ITEMS.stream()
                .map(item -> new CaseItem(item.getId(), item.getExhibitNumber(), EvidenceAccessPolicy.maySee(viewer, item)))
                .toList();
    }

    private static EvidenceItem item(long id, String exhibit, Side side, Confidentiality confidentiality) {
        EvidenceItem item = Entities.instantiate(EvidenceItem.class);
        Entities.set(item, "id", id);
        Entities.set(item, "exhibitNumber", exhibit);
        Entities.set(item, "side", side);
        Entities.set(item, "confidentiality", confidentiality);
        return item;
    }

    private static CaseActor actor(String username, CaseCapacity capacity) {
        return new CaseActor(username, EnumSet.of(capacity));
    }
}
