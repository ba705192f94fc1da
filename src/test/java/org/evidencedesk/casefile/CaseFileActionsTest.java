package org.evidencedesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.CaseTransition;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/** The actions the case file offers, as the owning areas decide them for each capacity and status. */
class CaseFileActionsTest {

    @Test
    void counselInTheEvidencePeriodSubmitsEvidenceAppliesAndAsksForMoreTimeButKeepsNoRecord() {
        CaseFile.Actions actions = actions(CaseStatus.EVIDENCE_PERIOD, CaseCapacity.CLAIMANT_COUNSEL);
        assertThat(actions.submitEvidence()).isTrue();
        assertThat(actions.applyForDisclosure()).isTrue();
        assertThat(actions.steps()).containsExactly(CaseTransition.APPLY_FOR_EXTENSION);
        assertThat(actions.readCustodyLog()).isFalse();
        assertThat(actions.checkpoint()).isFalse();
        assertThat(actions.assignMembers()).isFalse();
    }

    @Test
    void noOneSubmitsEvidenceToAWithdrawnCaseWhileTheClerkMayStillCloseIt() {
        for (CaseCapacity capacity : CaseCapacity.values()) {
            assertThat(actions(CaseStatus.WITHDRAWN, capacity).submitEvidence()).as(capacity.name()).isFalse();
        }
        CaseFile.Actions clerk = actions(CaseStatus.WITHDRAWN, CaseCapacity.COURT_CLERK);
        assertThat(clerk.steps()).contains(CaseTransition.CLOSE).doesNotContain(CaseTransition.ASSIGN_MEMBERS);
        assertThat(clerk.assignMembers()).isTrue();
        assertThat(clerk.checkpoint()).isTrue();
    }

    @Test
    void anotherJudgeOfTheCourtReadsTheWholeLogButNeitherSubmitsNorCheckpoints() {
        CaseFile.Actions judge2 = actions(CaseStatus.EVIDENCE_PERIOD, CaseCapacity.COURT_JUDGE);
        assertThat(judge2.readCustodyLog()).isTrue();
        assertThat(judge2.submitEvidence()).isFalse();
        assertThat(judge2.checkpoint()).isFalse();
        assertThat(judge2.applyForDisclosure()).isFalse();
        assertThat(judge2.steps()).isEmpty();
    }

    @Test
    void aStepThatNamesAPartyIsLeftOutWhileNoPartyAwaitsIt() {
        // Accepted, with no respondent to serve yet: recording service has no party to name.
        CaseFile.Actions clerk = actions(CaseStatus.ACCEPTED, CaseCapacity.COURT_CLERK);
        assertThat(clerk.partiesFor(CaseTransition.RECORD_SERVICE)).isEmpty();
        assertThat(clerk.steps()).doesNotContain(CaseTransition.RECORD_SERVICE).contains(CaseTransition.CORRECT_RECORD);
        assertThat(clerk.submitEvidence()).isTrue();
    }

    private static CaseFile.Actions actions(CaseStatus status, CaseCapacity capacity) {
        DisputeCase disputeCase = Entities.set(Entities.instantiate(DisputeCase.class), "status", status);
        return CaseFileReader.actions(new CaseView(disputeCase, new CaseActor("user", EnumSet.of(capacity))));
    }
}
