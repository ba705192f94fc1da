package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evidencedesk.dispute.TestFixtures.assertRefusedWithoutChange;
import static org.evidencedesk.dispute.TestFixtures.beijing;
import static org.evidencedesk.dispute.TestFixtures.completeDetails;
import static org.evidencedesk.dispute.TestFixtures.court;
import static org.evidencedesk.dispute.TestFixtures.disabled;
import static org.evidencedesk.dispute.TestFixtures.memberId;
import static org.evidencedesk.dispute.TestFixtures.numberMembers;
import static org.evidencedesk.dispute.TestFixtures.user;

import java.time.Instant;
import java.util.EnumSet;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.junit.jupiter.api.Test;

/** Adding and removing the members of a case: who may be added in which role, and who must stay. */
class CaseMembersTest {

    private static final Instant FILED_AT = beijing("2026-04-28T10:00");
    private static final Instant NOW = beijing("2026-04-29T10:00");

    private final CaseActor clerk = new CaseActor("clerk", EnumSet.of(CaseCapacity.COURT_CLERK));
    private final UserAccount filer = user("counsel", 10, null, Role.COUNSEL);
    private final UserAccount defence = user("defence", 12, null, Role.COUNSEL);
    private final UserAccount judge = user("judge", 30, 1L, Role.JUDGE);
    private final DisputeCase disputeCase = DisputeCase.file(completeDetails(), court(1, "BJIPC", "京73"), filer,
            FILED_AT, TestFixtures.planner());

    @Test
    void aClerkAddsRespondentCounselAndTheTimelineSaysSo() {
        disputeCase.addMember(clerk, defence, MemberRole.RESPONDENT_COUNSEL, NOW);

        assertThat(disputeCase.getMembers()).extracting(m -> m.getUser().getUsername(), CaseMember::getRole,
                        CaseMember::getSide, CaseMember::getAddedAt)
                .containsExactly(tuple("counsel", MemberRole.CLAIMANT_COUNSEL, Side.CLAIMANT, FILED_AT),
                        tuple("defence", MemberRole.RESPONDENT_COUNSEL, Side.RESPONDENT, NOW));
        assertThat(disputeCase.hasMember("defence")).isTrue();
        assertThat(lastEvent()).extracting(CaseEvent::getType, CaseEvent::getActor, CaseEvent::getDetail,
                        CaseEvent::getFromStatus, CaseEvent::getToStatus)
                .containsExactly("MEMBER_ADDED", "clerk", "defence · RESPONDENT_COUNSEL", null, null);
    }

    @Test
    void aUserWithoutTheRoleTheMembershipNeedsIsRefused() {
        BusinessException refused = assertRefusedWithoutChange(disputeCase, "case.memberNeedsRole",
                () -> disputeCase.addMember(clerk, defence, MemberRole.JUDGE, NOW));
        assertThat(refused.arguments()).containsExactly(new Translatable("role.JUDGE"));

        assertRefusedWithoutChange(disputeCase, "case.memberNeedsRole",
                () -> disputeCase.addMember(clerk, judge, MemberRole.RESPONDENT_COUNSEL, NOW));
        assertRefusedWithoutChange(disputeCase, "case.memberNeedsRole",
                () -> disputeCase.addMember(clerk, judge, MemberRole.TECH_INVESTIGATOR, NOW));
    }

    @Test
    void aDisabledUserIsRefused() {
        assertRefusedWithoutChange(disputeCase, "case.memberDisabled",
                () -> disputeCase.addMember(clerk, disabled(defence), MemberRole.RESPONDENT_COUNSEL, NOW));
    }

    @Test
    void aMemberCannotBeAddedTwiceInTheSameRole() {
        assertRefusedWithoutChange(disputeCase, "case.alreadyMember",
                () -> disputeCase.addMember(clerk, filer, MemberRole.CLAIMANT_COUNSEL, NOW));

        disputeCase.addMember(clerk, judge, MemberRole.JUDGE, NOW);
        assertRefusedWithoutChange(disputeCase, "case.alreadyMember",
                () -> disputeCase.addMember(clerk, judge, MemberRole.JUDGE, NOW));
    }

    @Test
    void counselCannotActForTheOtherSide() {
        assertRefusedWithoutChange(disputeCase, "case.memberOnOtherSide",
                () -> disputeCase.addMember(clerk, filer, MemberRole.RESPONDENT_COUNSEL, NOW));

        disputeCase.addMember(clerk, defence, MemberRole.RESPONDENT_COUNSEL, NOW);
        assertRefusedWithoutChange(disputeCase, "case.memberOnOtherSide",
                () -> disputeCase.addMember(clerk, defence, MemberRole.CLAIMANT_COUNSEL, NOW));
    }

    @Test
    void counselMayNotAssignMembers() {
        CaseActor counsel = new CaseActor("counsel", EnumSet.of(CaseCapacity.CLAIMANT_COUNSEL));

        assertRefusedWithoutChange(disputeCase, "case.notAllowed",
                () -> disputeCase.addMember(counsel, user("colleague", 13, null, Role.COUNSEL),
                        MemberRole.CLAIMANT_COUNSEL, NOW));
    }

    @Test
    void noMembersAreAssignedToACaseThatWasNotAccepted() {
        disputeCase.refuse(clerk, "Not an IP dispute.", NOW);

        assertRefusedWithoutChange(disputeCase, "case.illegalTransition",
                () -> disputeCase.addMember(clerk, judge, MemberRole.JUDGE, NOW));
    }

    // ---- removing ----

    @Test
    void theLastClaimantCounselCannotBeRemoved() {
        disputeCase.addMember(clerk, defence, MemberRole.RESPONDENT_COUNSEL, NOW);
        numberMembers(disputeCase);

        assertRefusedWithoutChange(disputeCase, "case.lastClaimantCounsel",
                () -> disputeCase.removeMember(clerk, memberId(disputeCase, "counsel", MemberRole.CLAIMANT_COUNSEL), NOW));
    }

    @Test
    void oneOfTwoClaimantCounselCanBeRemoved() {
        disputeCase.addMember(clerk, user("colleague", 13, null, Role.COUNSEL), MemberRole.CLAIMANT_COUNSEL, NOW);
        numberMembers(disputeCase);

        disputeCase.removeMember(clerk, memberId(disputeCase, "counsel", MemberRole.CLAIMANT_COUNSEL), NOW);

        assertThat(disputeCase.getMembers()).extracting(m -> m.getUser().getUsername()).containsExactly("colleague");
        assertThat(disputeCase.hasMember("counsel")).isFalse();
        assertThat(lastEvent()).extracting(CaseEvent::getType, CaseEvent::getActor, CaseEvent::getDetail)
                .containsExactly("MEMBER_REMOVED", "clerk", "counsel · CLAIMANT_COUNSEL");
    }

    @Test
    void respondentCounselAndCourtMembersCanBeRemoved() {
        disputeCase.addMember(clerk, defence, MemberRole.RESPONDENT_COUNSEL, NOW);
        disputeCase.addMember(clerk, judge, MemberRole.JUDGE, NOW);
        numberMembers(disputeCase);

        disputeCase.removeMember(clerk, memberId(disputeCase, "defence", MemberRole.RESPONDENT_COUNSEL), NOW);
        disputeCase.removeMember(clerk, memberId(disputeCase, "judge", MemberRole.JUDGE), NOW);

        assertThat(disputeCase.getMembers()).extracting(CaseMember::getRole).containsExactly(MemberRole.CLAIMANT_COUNSEL);
    }

    @Test
    void removingAMemberTheCaseDoesNotHaveIsRefused() {
        numberMembers(disputeCase);

        assertRefusedWithoutChange(disputeCase, "case.memberNotFound", () -> disputeCase.removeMember(clerk, 99, NOW));
    }

    private CaseEvent lastEvent() {
        return disputeCase.getEvents().get(disputeCase.getEvents().size() - 1);
    }
}
