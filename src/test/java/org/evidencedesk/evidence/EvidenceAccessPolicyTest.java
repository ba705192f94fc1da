package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencedesk.evidence.EvidenceAccessPolicy.mayDownload;
import static org.evidencedesk.evidence.EvidenceAccessPolicy.maySee;
import static org.evidencedesk.evidence.EvidenceAccessPolicy.needsUndertaking;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/**
 * Who sees, must first sign for, and may download evidence, with and without a disclosure order's protective
 * measures. The respondent produced; "counsel" is the claimant's counsel the order names, "counsel2" another
 * claimant counsel it does not.
 */
class EvidenceAccessPolicyTest {

    private static final CaseActor JUDGE = actor("judge", CaseCapacity.ASSIGNED_JUDGE);
    private static final CaseActor OTHER_JUDGE = actor("judge2", CaseCapacity.COURT_JUDGE);
    private static final CaseActor CLERK = actor("clerk", CaseCapacity.COURT_CLERK);
    private static final CaseActor INVESTIGATOR = actor("investigator", CaseCapacity.ASSIGNED_INVESTIGATOR);
    private static final CaseActor PRODUCER = actor("defence", CaseCapacity.RESPONDENT_COUNSEL);
    private static final CaseActor NAMED = actor("counsel", CaseCapacity.CLAIMANT_COUNSEL);
    private static final CaseActor NOT_NAMED = actor("counsel2", CaseCapacity.CLAIMANT_COUNSEL);
    private static final CaseActor NOBODY = new CaseActor("stranger", Set.of());

    private static final List<CaseActor> COURT = List.of(JUDGE, OTHER_JUDGE, CLERK, INVESTIGATOR);

    // ---- rulings on evidence ----

    @Test
    void onlyTheAssignedJudgeRulesOnEvidence() {
        assertThat(JUDGE.mayRule()).isTrue();
        for (CaseActor actor : List.of(OTHER_JUDGE, CLERK, INVESTIGATOR, PRODUCER, NAMED, NOBODY)) {
            assertThat(actor.mayRule()).as(actor.username() + " rules").isFalse();
        }
    }

    // ---- protected evidence ----

    @Test
    void theCourtAndTheProducingSideAreNeverBound() {
        EvidenceItem item = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, true, true, Set.of("counsel")));
        for (CaseActor actor : concat(COURT, PRODUCER)) {
            assertThat(maySee(actor, item)).as(actor.username() + " sees").isTrue();
            assertThat(needsUndertaking(actor, item)).as(actor.username() + " needs an undertaking").isFalse();
            assertThat(mayDownload(actor, item)).as(actor.username() + " downloads").isTrue();
        }
    }

    @Test
    void theProducingSideSeesEvenWhatItProducedForTheCourtOnly() {
        EvidenceItem item = produced(Confidentiality.COURT_ONLY, new ProtectiveMeasures(7L, true, true, Set.of("counsel")));
        assertThat(maySee(PRODUCER, item)).isTrue();
        assertThat(maySee(JUDGE, item)).isTrue();
        assertThat(maySee(NAMED, item)).as("naming a person does not open a court-only item").isFalse();
    }

    @Test
    void otherSidesCounselWhomTheOrderDoesNotNameSeesNothing() {
        EvidenceItem item = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, true, true, Set.of("counsel")));
        assertThat(maySee(NOT_NAMED, item)).isFalse();
        assertThat(maySee(NOBODY, item)).isFalse();
    }

    @Test
    void aNamedPersonSeesAfterTheUndertakingAndOnlyViews() {
        EvidenceItem item = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, true, true, Set.of("counsel")));
        assertThat(maySee(NAMED, item)).isTrue();
        assertThat(needsUndertaking(NAMED, item)).isTrue();
        assertThat(mayDownload(NAMED, item)).isFalse();
    }

    @Test
    void eachMeasureBindsOnlyWhenTheOrderSetsIt() {
        EvidenceItem noUndertaking = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, false, true, Set.of("counsel")));
        assertThat(needsUndertaking(NAMED, noUndertaking)).isFalse();
        assertThat(mayDownload(NAMED, noUndertaking)).isFalse();

        EvidenceItem downloadable = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, true, false, Set.of("counsel")));
        assertThat(needsUndertaking(NAMED, downloadable)).isTrue();
        assertThat(mayDownload(NAMED, downloadable)).isTrue();

        EvidenceItem nobodyNamed = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, true, true, Set.of()));
        assertThat(maySee(NAMED, nobodyNamed)).isTrue();
        assertThat(maySee(NOT_NAMED, nobodyNamed)).as("no list: all the other side's counsel").isTrue();
        assertThat(needsUndertaking(NOT_NAMED, nobodyNamed)).isTrue();
        assertThat(mayDownload(NOT_NAMED, nobodyNamed)).isFalse();
    }

    @Test
    void theNamesAreMatchedExactly() {
        EvidenceItem item = produced(Confidentiality.COUNSEL_ONLY, new ProtectiveMeasures(7L, true, true, Set.of("counsel")));
        assertThat(maySee(actor("Counsel", CaseCapacity.CLAIMANT_COUNSEL), item)).isFalse();
        assertThat(maySee(actor("counsel ", CaseCapacity.CLAIMANT_COUNSEL), item)).isFalse();
    }

    // ---- evidence without measures, as before the disclosure orders ----

    @Test
    void withoutMeasuresTheOtherSideSeesAllButCourtOnlyItemsAndMayDownload() {
        for (Confidentiality level : Confidentiality.values()) {
            EvidenceItem item = produced(level, null);
            boolean courtOnly = level == Confidentiality.COURT_ONLY;
            assertThat(maySee(NOT_NAMED, item)).as(level + " seen by the other side").isEqualTo(!courtOnly);
            assertThat(maySee(PRODUCER, item)).as(level + " seen by its own side").isTrue();
            for (CaseActor court : COURT) {
                assertThat(maySee(court, item)).as(level + " seen by " + court.username()).isTrue();
            }
            assertThat(maySee(NOBODY, item)).isFalse();
            assertThat(needsUndertaking(NOT_NAMED, item)).isFalse();
            assertThat(mayDownload(NOT_NAMED, item)).isTrue();
        }
    }

    // ---- fixtures ----

    private static EvidenceItem produced(Confidentiality confidentiality, ProtectiveMeasures measures) {
        EvidenceItem item = Entities.instantiate(EvidenceItem.class);
        Entities.set(item, "id", 1L);
        Entities.set(item, "side", Side.RESPONDENT);
        Entities.set(item, "confidentiality", confidentiality);
        Entities.set(item, "measures", measures);
        Entities.set(item, "producedUnder", measures == null ? null : 3L);
        return item;
    }

    private static CaseActor actor(String username, CaseCapacity capacity) {
        return new CaseActor(username, EnumSet.of(capacity));
    }

    private static List<CaseActor> concat(List<CaseActor> actors, CaseActor one) {
        return java.util.stream.Stream.concat(actors.stream(), java.util.stream.Stream.of(one)).toList();
    }
}
