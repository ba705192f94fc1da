package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencedesk.dispute.TestFixtures.beijing;
import static org.evidencedesk.dispute.TestFixtures.completeDetails;
import static org.evidencedesk.dispute.TestFixtures.court;
import static org.evidencedesk.dispute.TestFixtures.disabled;
import static org.evidencedesk.dispute.TestFixtures.setField;
import static org.evidencedesk.dispute.TestFixtures.user;

import java.time.Instant;
import java.util.EnumSet;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseAccessPolicyTest {

    private static final long CASE_COURT = 1;
    private static final long OTHER_COURT = 2;
    private static final Instant NOW = beijing("2026-04-28T10:00");

    private final CaseAccessPolicy policy = new CaseAccessPolicy();
    private final UserAccount filer = user("counsel", 10, null, Role.COUNSEL);
    private final DisputeCase disputeCase = DisputeCase.file(completeDetails(), court(CASE_COURT, "BJIPC", "京73"),
            filer, NOW, TestFixtures.planner());
    private final CaseActor clerkOfTheCourt = policy.actorFor(user("clerk", 20, CASE_COURT, Role.CLERK), disputeCase);

    // ---- court staff ----

    @Test
    void aClerkOfTheCaseCourtActsAsCourtClerk() {
        CaseActor actor = policy.actorFor(user("clerk", 20, CASE_COURT, Role.CLERK), disputeCase);

        assertThat(actor.username()).isEqualTo("clerk");
        assertThat(actor.capacities()).containsExactly(CaseCapacity.COURT_CLERK);
        assertThat(actor.mayView()).isTrue();
    }

    @Test
    void aClerkOfAnotherCourtGetsNothing() {
        CaseActor actor = policy.actorFor(user("other-clerk", 21, OTHER_COURT, Role.CLERK), disputeCase);

        assertThat(actor.capacities()).isEmpty();
        assertThat(actor.mayView()).isFalse();
    }

    @Test
    void aClerkWithoutACourtGetsNothing() {
        CaseActor actor = policy.actorFor(user("unplaced-clerk", 22, null, Role.CLERK), disputeCase);

        assertThat(actor.capacities()).isEmpty();
    }

    @Test
    void aJudgeOfTheCourtIsACourtJudgeAndAnAssignedJudgeOnlyOnceAMember() {
        UserAccount judge = user("judge", 30, CASE_COURT, Role.JUDGE);
        assertThat(policy.actorFor(judge, disputeCase).capacities()).containsExactly(CaseCapacity.COURT_JUDGE);

        disputeCase.addMember(clerkOfTheCourt, judge, MemberRole.JUDGE, NOW);

        assertThat(policy.actorFor(judge, disputeCase).capacities())
                .containsExactlyInAnyOrder(CaseCapacity.COURT_JUDGE, CaseCapacity.ASSIGNED_JUDGE);
    }

    @Test
    void aJudgeOfAnotherCourtSeesTheCaseOnlyOnceAssigned() {
        UserAccount judge = user("visiting-judge", 31, OTHER_COURT, Role.JUDGE);
        assertThat(policy.actorFor(judge, disputeCase).mayView()).isFalse();

        disputeCase.addMember(clerkOfTheCourt, judge, MemberRole.JUDGE, NOW);

        assertThat(policy.actorFor(judge, disputeCase).capacities()).containsExactly(CaseCapacity.ASSIGNED_JUDGE);
    }

    @Test
    void aTechnicalInvestigatorSeesTheCaseOnlyOnceAssigned() {
        UserAccount investigator = user("investigator", 40, CASE_COURT, Role.TECH_INVESTIGATOR);
        assertThat(policy.actorFor(investigator, disputeCase).mayView()).isFalse();

        disputeCase.addMember(clerkOfTheCourt, investigator, MemberRole.TECH_INVESTIGATOR, NOW);

        assertThat(policy.actorFor(investigator, disputeCase).capacities())
                .containsExactly(CaseCapacity.ASSIGNED_INVESTIGATOR);
    }

    @Test
    void aClerkAndJudgeOfTheCourtHasBothCapacities() {
        UserAccount both = user("clerk-judge", 32, CASE_COURT, Role.CLERK, Role.JUDGE);

        assertThat(policy.actorFor(both, disputeCase).capacities())
                .containsExactlyInAnyOrder(CaseCapacity.COURT_CLERK, CaseCapacity.COURT_JUDGE);
    }

    // ---- counsel ----

    @Test
    void theFilingCounselIsClaimantCounsel() {
        CaseActor actor = policy.actorFor(filer, disputeCase);

        assertThat(actor.capacities()).containsExactly(CaseCapacity.CLAIMANT_COUNSEL);
        assertThat(actor.mayView()).isTrue();
    }

    @Test
    void anotherCounselGetsNothingAndMayNotView() {
        CaseActor actor = policy.actorFor(user("stranger", 11, null, Role.COUNSEL), disputeCase);

        assertThat(actor.capacities()).isEmpty();
        assertThat(actor.mayView()).isFalse();
    }

    @Test
    void respondentCounselGetsItsCapacityOnceAdded() {
        UserAccount respondentCounsel = user("defence", 12, null, Role.COUNSEL);

        disputeCase.addMember(clerkOfTheCourt, respondentCounsel, MemberRole.RESPONDENT_COUNSEL, NOW);

        assertThat(policy.actorFor(respondentCounsel, disputeCase).capacities())
                .containsExactly(CaseCapacity.RESPONDENT_COUNSEL);
    }

    @Test
    void aMemberWhoLostTheGlobalRoleGetsNothingFromTheMembership() {
        setField(filer, "roles", EnumSet.of(Role.ADMIN));

        assertThat(policy.actorFor(filer, disputeCase).capacities()).isEmpty();
    }

    // ---- disabled accounts and administrators ----

    @Test
    void aDisabledUserGetsNothing() {
        assertThat(policy.actorFor(disabled(user("clerk", 20, CASE_COURT, Role.CLERK)), disputeCase).capacities()).isEmpty();
        assertThat(policy.actorFor(disabled(filer), disputeCase).mayView()).isFalse();
    }

    @Test
    void anAdministratorGetsNothingEvenWithTheCaseCourt() {
        assertThat(policy.actorFor(user("admin", 1, null, Role.ADMIN), disputeCase).capacities()).isEmpty();
        assertThat(policy.actorFor(user("court-admin", 2, CASE_COURT, Role.ADMIN), disputeCase).mayView()).isFalse();
    }

    // ---- viewerFor ----

    @Test
    void clerksAndJudgesViewTheirWholeCourt() {
        assertThat(policy.viewerFor(user("clerk", 20, CASE_COURT, Role.CLERK)))
                .isEqualTo(new CaseViewer(20L, "clerk", CASE_COURT, true, Set.of(MemberRole.CLERK)));
        assertThat(policy.viewerFor(user("judge", 30, OTHER_COURT, Role.JUDGE)))
                .isEqualTo(new CaseViewer(30L, "judge", OTHER_COURT, true, Set.of(MemberRole.JUDGE)));
    }

    @Test
    void counselAdministratorsAndInvestigatorsViewOnlyTheirOwnCases() {
        assertThat(policy.viewerFor(filer)).isEqualTo(new CaseViewer(10L, "counsel", null, true,
                Set.of(MemberRole.CLAIMANT_COUNSEL, MemberRole.RESPONDENT_COUNSEL)));
        assertThat(policy.viewerFor(user("court-admin", 2, CASE_COURT, Role.ADMIN)))
                .isEqualTo(new CaseViewer(2L, "court-admin", null, true, Set.of()));
        assertThat(policy.viewerFor(user("investigator", 40, CASE_COURT, Role.TECH_INVESTIGATOR)))
                .isEqualTo(new CaseViewer(40L, "investigator", null, true, Set.of(MemberRole.TECH_INVESTIGATOR)));
        assertThat(policy.viewerFor(user("unplaced-clerk", 22, null, Role.CLERK)))
                .isEqualTo(new CaseViewer(22L, "unplaced-clerk", null, true, Set.of(MemberRole.CLERK)));
    }

    @Test
    void aDisabledUserViewsNothing() {
        assertThat(policy.viewerFor(disabled(user("clerk", 20, CASE_COURT, Role.CLERK))))
                .isEqualTo(new CaseViewer(20L, "clerk", null, false, Set.of(MemberRole.CLERK)));
        assertThat(policy.viewerFor(disabled(filer)).enabled()).isFalse();
    }
}
