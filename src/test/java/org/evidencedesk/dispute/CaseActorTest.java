package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencedesk.dispute.CaseCapacity.ASSIGNED_INVESTIGATOR;
import static org.evidencedesk.dispute.CaseCapacity.ASSIGNED_JUDGE;
import static org.evidencedesk.dispute.CaseCapacity.CLAIMANT_COUNSEL;
import static org.evidencedesk.dispute.CaseCapacity.COURT_CLERK;
import static org.evidencedesk.dispute.CaseCapacity.COURT_JUDGE;
import static org.evidencedesk.dispute.CaseCapacity.RESPONDENT_COUNSEL;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a user is on a case, asked of each single capacity (and of nobody): one row per capacity, one column per
 * question, so that a question that changes its meaning for any capacity fails here.
 */
class CaseActorTest {

    /** The expected answers of one capacity: side, counsel, court staff, keeps the record, assigned judge, rules, submits for. */
    private record Row(Optional<Side> side, boolean counsel, boolean courtStaff, boolean keepsTheRecord,
                       boolean assignedJudge, boolean mayRule, Optional<Side> submitsFor) {
    }

    private static final Map<CaseCapacity, Row> TABLE = Map.of(
            COURT_CLERK, new Row(Optional.empty(), false, true, true, false, false, Optional.of(Side.COURT)),
            COURT_JUDGE, new Row(Optional.empty(), false, true, false, false, false, Optional.empty()),
            ASSIGNED_JUDGE, new Row(Optional.empty(), false, true, true, true, true, Optional.of(Side.COURT)),
            ASSIGNED_INVESTIGATOR, new Row(Optional.empty(), false, true, false, false, false, Optional.empty()),
            CLAIMANT_COUNSEL, new Row(Optional.of(Side.CLAIMANT), true, false, false, false, false, Optional.of(Side.CLAIMANT)),
            RESPONDENT_COUNSEL, new Row(Optional.of(Side.RESPONDENT), true, false, false, false, false, Optional.of(Side.RESPONDENT)));

    private static final Row NOBODY = new Row(Optional.empty(), false, false, false, false, false, Optional.empty());

    @Test
    void theTableCoversEveryCapacity() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(CaseCapacity.values());
    }

    @Test
    void eachCapacityAnswersEveryQuestionAsTheTableSays() {
        for (CaseCapacity capacity : CaseCapacity.values()) {
            CaseActor actor = new CaseActor("user", EnumSet.of(capacity));
            assertThat(answers(actor)).as(capacity.name()).isEqualTo(TABLE.get(capacity));
            assertThat(actor.mayView()).as(capacity + " views").isTrue();
        }
    }

    @Test
    void somebodyWithoutACapacityIsNothingOnTheCase() {
        CaseActor stranger = new CaseActor("stranger", Set.of());
        assertThat(answers(stranger)).isEqualTo(NOBODY);
        assertThat(stranger.mayView()).isFalse();
    }

    @Test
    void theSideIsNeverTheCourt() {
        for (CaseCapacity capacity : CaseCapacity.values()) {
            assertThat(new CaseActor("user", EnumSet.of(capacity)).side()).as(capacity.name()).isNotEqualTo(Optional.of(Side.COURT));
        }
    }

    @Test
    void aClerkWhoIsAlsoCounselSubmitsForTheParty() {
        CaseActor actor = new CaseActor("both", EnumSet.of(COURT_CLERK, RESPONDENT_COUNSEL));
        assertThat(actor.submitsEvidenceFor()).contains(Side.RESPONDENT);
        assertThat(actor.isCourtStaff()).isTrue();
        assertThat(actor.isCounsel()).isTrue();
    }

    @Test
    void onlyThePersonsAnOrderNamesAreNamedInIt() {
        CaseActor counsel = new CaseActor("counsel", EnumSet.of(CLAIMANT_COUNSEL));
        assertThat(counsel.isNamedIn(Set.of("counsel", "other"))).isTrue();
        assertThat(counsel.isNamedIn(Set.of("counsel2"))).isFalse();
        assertThat(counsel.isNamedIn(List.of())).isFalse();
    }

    private static Row answers(CaseActor actor) {
        return new Row(actor.side(), actor.isCounsel(), actor.isCourtStaff(), actor.keepsTheRecord(),
                actor.isAssignedJudge(), actor.mayRule(), actor.submitsEvidenceFor());
    }
}
