package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evidencedesk.dispute.CaseStatus.*;
import static org.evidencedesk.dispute.TestFixtures.abroad;
import static org.evidencedesk.dispute.TestFixtures.assertRefusedWithoutChange;
import static org.evidencedesk.dispute.TestFixtures.beijing;
import static org.evidencedesk.dispute.TestFixtures.court;
import static org.evidencedesk.dispute.TestFixtures.day;
import static org.evidencedesk.dispute.TestFixtures.details;
import static org.evidencedesk.dispute.TestFixtures.merchant;
import static org.evidencedesk.dispute.TestFixtures.rightsHolder;
import static org.evidencedesk.dispute.TestFixtures.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.evidencedesk.identity.Role;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The time limits that run for each party from its own service (issue 12 points 1, 2, 3), the extension of the
 * evidence period on application (point 5) and resumption after suspension (point 16). Each test names the articles
 * it checks; the texts are in shared/reference/laws.
 */
class DeadlinesPerPartyTest {

    private static final CaseActor CLERK = new CaseActor("clerk", EnumSet.of(CaseCapacity.COURT_CLERK));
    private static final CaseActor JUDGE = new CaseActor("judge", EnumSet.of(CaseCapacity.ASSIGNED_JUDGE));
    private static final CaseActor COUNSEL = new CaseActor("counsel", EnumSet.of(CaseCapacity.CLAIMANT_COUNSEL));
    private static final CaseActor DEFENCE = new CaseActor("defence", EnumSet.of(CaseCapacity.RESPONDENT_COUNSEL));

    private static final Instant FILED_AT = beijing("2026-04-28T10:00");
    private static final Instant ACCEPTED_AT = beijing("2026-05-06T11:00");
    private static final Instant LATER = beijing("2026-05-11T17:00");
    private static final Instant EVIDENCE_PERIOD_OPENED_AT = beijing("2026-05-26T10:00");
    // The evidence period runs 26 May – Monday 22 June (the clerk chose Saturday 20 June, in the Dragon Boat Festival).
    private static final LocalDate EVIDENCE_END = day("2026-06-22");
    private static final ZonedDateTime HEARING_TIME = ZonedDateTime.of(2026, 7, 6, 9, 30, 0, 0, TestFixtures.SHANGHAI);
    private static final Instant JUDGMENT_ENTERED_AT = beijing("2026-07-20T15:00");
    private static final Instant SERVICE_RECORDED_AT = beijing("2026-07-24T17:00");

    private final DeadlinePlanner planner = TestFixtures.planner();
    private final Court court = court(1, "BJIPC", "京73");

    // ---- point 2: answer periods per respondent ----

    @Test
    void eachRespondentAnswersWithinItsOwnPeriodFromItsOwnService_CPL128_CPL285() {
        DisputeCase c = accepted(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"),
                abroad(merchant("Overseas Seller Ltd"))));
        Party domestic = c.getParties().get(1);
        Party overseas = c.getParties().get(2);

        // Served Friday 8 May: 15 days end on Saturday 23 May, so Monday 25 May.
        c.recordService(CLERK, domestic, day("2026-05-08"), LATER, planner);
        assertThat(c.getStatus()).as("one respondent is still to be served").isEqualTo(ACCEPTED);
        // Served Monday 11 May without a domicile in China: 30 days, to Wednesday 10 June.
        c.recordService(CLERK, overseas, day("2026-05-11"), LATER, planner);

        assertThat(c.getStatus()).isEqualTo(SERVED);
        assertThat(c.getServedOn()).as("the day the last respondent was served").isEqualTo(day("2026-05-11"));
        assertThat(openOf(c, DeadlineKind.ANSWER)).extracting(d -> d.getParty().getName(), Deadline::getDueOn, Deadline::getBasis)
                .containsExactlyInAnyOrder(tuple("杭州某店铺", day("2026-05-25"), "CPL art. 128"),
                        tuple("Overseas Seller Ltd", day("2026-06-10"), "CPL art. 285"));
        assertThat(domestic.getComplaintServedOn()).isEqualTo(day("2026-05-08"));
        assertThat(c.getDeadlines()).filteredOn(d -> d.getKind() == DeadlineKind.SERVICE)
                .extracting(Deadline::getState).containsExactly(Deadline.State.MET);
    }

    @Test
    void aRespondentAbroadDoesNotLengthenTheOtherRespondentsAnswerPeriod_CPL128() {
        DisputeCase c = accepted(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"),
                abroad(merchant("Overseas Seller Ltd"))));

        c.recordService(CLERK, c.getParties().get(1), day("2026-05-08"), LATER, planner);

        assertThat(answerOf(c, c.getParties().get(1)).getDueOn()).isEqualTo(day("2026-05-25"));
    }

    @Test
    void serviceIsRecordedOnlyOnARespondentNotYetServed_CPL128() {
        DisputeCase c = accepted(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"), merchant("宁波某店铺")));
        Party claimant = c.getParties().get(0);
        Party respondent = c.getParties().get(1);
        c.recordService(CLERK, respondent, day("2026-05-08"), LATER, planner);

        assertRefusedWithoutChange(c, "case.partyNotAwaiting",
                () -> c.recordService(CLERK, claimant, day("2026-05-08"), LATER, planner));
        assertRefusedWithoutChange(c, "case.partyNotAwaiting",
                () -> c.recordService(CLERK, respondent, day("2026-05-09"), LATER, planner));
        assertRefusedWithoutChange(c, "case.dateInFuture",
                () -> c.recordService(CLERK, c.getParties().get(2), day("2026-05-12"), LATER, planner));
    }

    @Test
    void aCorrectionKeepsAServedRespondentAndItsDeadline_CPL128() {
        DisputeCase c = accepted(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        Party respondent = c.getParties().get(1);
        c.recordService(CLERK, respondent, day("2026-05-08"), LATER, planner);

        c.correctRecord(CLERK, details(rightsHolder("北京某科技有限公司"), merchant("宁波某店铺"), merchant("杭州某店铺")), LATER);

        assertThat(c.getParties()).extracting(Party::getName).containsExactly("北京某科技有限公司", "宁波某店铺", "杭州某店铺");
        assertThat(c.getParties().get(2)).isSameAs(respondent);
        assertThat(c.getParties().get(2).getPosition()).isEqualTo(2);
        assertThat(answerOf(c, respondent).getDueOn()).isEqualTo(day("2026-05-25"));
        assertThat(c.partiesAwaitingService()).extracting(Party::getName).containsExactly("宁波某店铺");
    }

    @Test
    void aCorrectionCannotDropAServedRespondentOrMoveItsDomicile_CPL128_CPL285() {
        DisputeCase c = accepted(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"), merchant("宁波某店铺")));
        c.recordService(CLERK, c.getParties().get(1), day("2026-05-08"), LATER, planner);

        BusinessException dropped = assertRefusedWithoutChange(c, "case.servedPartyKeepsSideAndDomicile",
                () -> c.correctRecord(CLERK, details(rightsHolder("北京某科技有限公司"), merchant("宁波某店铺")), LATER));
        assertThat(dropped.arguments()).containsExactly("杭州某店铺");
        assertRefusedWithoutChange(c, "case.servedPartyKeepsSideAndDomicile", () -> c.correctRecord(CLERK,
                details(rightsHolder("北京某科技有限公司"), abroad(merchant("杭州某店铺")), merchant("宁波某店铺")), LATER));
    }

    // ---- point 1: appeal periods per party ----

    @Test
    void eachPartyHasItsOwnAppealPeriodByItsOwnDomicile_CPLI536_CPL171_CPL286() {
        DisputeCase c = judged(details(abroad(rightsHolder("Rights Holder GmbH")), merchant("杭州某店铺")));
        Party claimant = c.getParties().get(0);
        Party respondent = c.getParties().get(1);

        c.recordDecisionService(CLERK, respondent, day("2026-07-22"), SERVICE_RECORDED_AT, planner);
        c.recordDecisionService(CLERK, claimant, day("2026-07-22"), SERVICE_RECORDED_AT, planner);

        // Served Wednesday 22 July: 15 days to Thursday 6 August; 30 days to Friday 21 August for the party abroad.
        assertThat(appealOf(c, respondent)).extracting(Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(day("2026-08-06"), "CPL art. 171");
        assertThat(appealOf(c, claimant)).extracting(Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(day("2026-08-21"), "CPL art. 286");
        assertThat(c.getStatus()).isEqualTo(APPEAL_WINDOW);
    }

    @Test
    void eachAppealPeriodRunsFromThePartysOwnService_CPLI244() {
        DisputeCase c = judged(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        Party claimant = c.getParties().get(0);
        Party respondent = c.getParties().get(1);

        c.recordDecisionService(CLERK, claimant, day("2026-07-22"), SERVICE_RECORDED_AT, planner);
        c.recordDecisionService(CLERK, respondent, day("2026-07-24"), SERVICE_RECORDED_AT, planner);

        // Friday 24 July + 15 is Saturday 8 August, so Monday 10 August.
        assertThat(appealOf(c, claimant).getDueOn()).isEqualTo(day("2026-08-06"));
        assertThat(appealOf(c, respondent).getDueOn()).isEqualTo(day("2026-08-10"));
        assertThat(claimant.getDecisionServedOn()).isEqualTo(day("2026-07-22"));
        assertThat(c.getEvents()).filteredOn(e -> e.getType().equals("DECISION_SERVED"))
                .extracting(CaseEvent::getFromStatus, CaseEvent::getToStatus, CaseEvent::getDetail)
                .containsExactly(tuple(JUDGMENT, APPEAL_WINDOW, "北京某科技有限公司 · 2026-07-22"),
                        tuple(null, null, "杭州某店铺 · 2026-07-24"));
    }

    @Test
    void aDismissalRulingGivesTenDays_CPL171() {
        DisputeCase c = heard(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        c.dismiss(JUDGE, "The claimant has no standing.", JUDGMENT_ENTERED_AT);

        c.recordDecisionService(CLERK, c.getParties().get(1), day("2026-07-22"), SERVICE_RECORDED_AT, planner);

        // Day 10 after 22 July is Saturday 1 August.
        assertThat(appealOf(c, c.getParties().get(1)).getDueOn()).isEqualTo(day("2026-08-03"));
    }

    @Test
    void theCaseClosesOnlyWhenEveryPartyWasServedAndTheLastPeriodEnded_CPLI536() {
        DisputeCase c = judged(details(abroad(rightsHolder("Rights Holder GmbH")), merchant("杭州某店铺")));
        Party claimant = c.getParties().get(0);
        Party respondent = c.getParties().get(1);
        c.recordDecisionService(CLERK, respondent, day("2026-07-22"), SERVICE_RECORDED_AT, planner);

        BusinessException unserved = assertRefusedWithoutChange(c, "case.decisionNotServed",
                () -> c.close(CLERK, beijing("2026-08-07T09:00")));
        assertThat(unserved.arguments()).containsExactly("Rights Holder GmbH");

        c.recordDecisionService(CLERK, claimant, day("2026-07-22"), SERVICE_RECORDED_AT, planner);
        BusinessException open = assertRefusedWithoutChange(c, "case.appealWindowOpen",
                () -> c.close(CLERK, beijing("2026-08-07T09:00")));
        assertThat(open.arguments()).as("the last period to end").containsExactly(day("2026-08-21"));

        c.close(CLERK, beijing("2026-08-22T09:00"));
        assertThat(c.getStatus()).isEqualTo(CLOSED);
        assertThat(c.openDeadlines()).isEmpty();
    }

    @Test
    void aThirdPartyIsNeitherServedTheDecisionNorAwaited_CPLI536() {
        PartyDetails platform = new PartyDetails(PartyKind.DATA_HOLDING_PLATFORM, "Overseas Cloud Inc.", false);
        DisputeCase c = judged(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"), platform));

        assertThat(c.partiesAwaitingDecisionService()).extracting(Party::getName)
                .containsExactly("北京某科技有限公司", "杭州某店铺");
    }

    @Test
    void anAppealSendsTheCaseToSecondInstanceAndItNeverClosesHere_CPLI536_CPL174() {
        DisputeCase c = judged(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        Party claimant = c.getParties().get(0);
        Party respondent = c.getParties().get(1);
        c.recordDecisionService(CLERK, claimant, day("2026-07-22"), SERVICE_RECORDED_AT, planner);
        c.recordDecisionService(CLERK, respondent, day("2026-07-22"), SERVICE_RECORDED_AT, planner);

        c.recordAppeal(CLERK, respondent, day("2026-08-05"), beijing("2026-08-05T16:00"), planner);

        assertThat(c.getStatus()).isEqualTo(APPEALED);
        assertThat(respondent.getAppealedOn()).isEqualTo(day("2026-08-05"));
        assertThat(appealOf(c, respondent).getState()).isEqualTo(Deadline.State.MET);
        assertThat(appealOf(c, claimant).isOpen()).as("the claimant's own period still runs").isTrue();
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.close(CLERK, beijing("2026-09-01T09:00")));
        assertRefusedWithoutChange(c, "case.partyNotAwaiting",
                () -> c.recordAppeal(CLERK, respondent, day("2026-08-06"), beijing("2026-08-06T16:00"), planner));

        c.recordAppeal(CLERK, claimant, day("2026-08-06"), beijing("2026-08-07T09:00"), planner);
        assertThat(c.getStatus()).isEqualTo(APPEALED);
        assertThat(c.getEvents()).filteredOn(e -> e.getType().equals("APPEALED"))
                .extracting(CaseEvent::getFromStatus, CaseEvent::getToStatus, CaseEvent::getDetail)
                .containsExactly(tuple(APPEAL_WINDOW, APPEALED, "杭州某店铺 · 2026-08-05"),
                        tuple(null, null, "北京某科技有限公司 · 2026-08-06"));
    }

    @Test
    void anAppealLodgedAfterThePartysOwnPeriodIsRefused_CPL171() {
        DisputeCase c = judged(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        Party respondent = c.getParties().get(1);
        c.recordDecisionService(CLERK, respondent, day("2026-07-22"), SERVICE_RECORDED_AT, planner);

        BusinessException late = assertRefusedWithoutChange(c, "case.appealOutOfTime",
                () -> c.recordAppeal(CLERK, respondent, day("2026-08-07"), beijing("2026-08-07T10:00"), planner));
        assertThat(late.arguments()).containsExactly("杭州某店铺", day("2026-08-06"));
        assertRefusedWithoutChange(c, "case.partyNotAwaiting", () -> c.recordAppeal(CLERK, c.getParties().get(0),
                day("2026-07-30"), beijing("2026-07-30T10:00"), planner));
    }

    @Test
    void onlyTheClerkRecordsServiceAndAppeals() {
        DisputeCase c = judged(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));

        assertRefusedWithoutChange(c, "case.notAllowed", () -> c.recordDecisionService(COUNSEL, c.getParties().get(0),
                day("2026-07-22"), SERVICE_RECORDED_AT, planner));
        assertRefusedWithoutChange(c, "case.notAllowed", () -> c.recordAppeal(DEFENCE, c.getParties().get(1),
                day("2026-07-22"), SERVICE_RECORDED_AT, planner));
    }

    // ---- point 3: a refusal to accept can be appealed ----

    @Test
    void aRefusalOpensTheClaimantsTenDayAppealPeriodFromItsService_CPL126_CPL157_CPL171() {
        DisputeCase c = filed(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        c.refuse(CLERK, "Not an IP dispute.", ACCEPTED_AT);
        assertThat(c.getStatus()).isEqualTo(NOT_ACCEPTED);
        assertThat(c.partiesAwaitingDecisionService()).as("only the claimant may appeal a refusal")
                .extracting(Party::getName).containsExactly("北京某科技有限公司");

        // Served Friday 8 May: ten days to Monday 18 May.
        c.recordDecisionService(CLERK, c.getParties().get(0), day("2026-05-08"), LATER, planner);

        assertThat(c.getStatus()).isEqualTo(NOT_ACCEPTED);
        assertThat(appealOf(c, c.getParties().get(0))).extracting(Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(day("2026-05-18"), "CPL art. 171");
        assertRefusedWithoutChange(c, "case.appealWindowOpen", () -> c.close(CLERK, beijing("2026-05-18T20:00")));

        c.close(CLERK, beijing("2026-05-19T09:00"));
        assertThat(c.getStatus()).isEqualTo(CLOSED);
    }

    @Test
    void aRefusedCaseDoesNotCloseBeforeTheRulingIsServed_CPL126() {
        DisputeCase c = filed(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        c.refuse(CLERK, "Not an IP dispute.", ACCEPTED_AT);

        assertRefusedWithoutChange(c, "case.decisionNotServed", () -> c.close(CLERK, beijing("2026-06-30T09:00")));
        assertRefusedWithoutChange(c, "case.partyNotAwaiting",
                () -> c.recordDecisionService(CLERK, c.getParties().get(1), day("2026-05-08"), LATER, planner));
    }

    @Test
    void aClaimantWithoutDomicileHasThirtyDaysToAppealARefusal_CPL286() {
        DisputeCase c = filed(details(abroad(rightsHolder("Rights Holder GmbH")), merchant("杭州某店铺")));
        c.refuse(CLERK, "Not an IP dispute.", ACCEPTED_AT);

        c.recordDecisionService(CLERK, c.getParties().get(0), day("2026-05-08"), LATER, planner);

        // 30 days after 8 May is Sunday 7 June.
        assertThat(appealOf(c, c.getParties().get(0))).extracting(Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(day("2026-06-08"), "CPL art. 286");
    }

    @Test
    void anAppealedRefusalGoesToSecondInstanceInsteadOfClosing_CPL126() {
        DisputeCase c = filed(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        c.refuse(CLERK, "Not an IP dispute.", ACCEPTED_AT);
        c.recordDecisionService(CLERK, c.getParties().get(0), day("2026-05-08"), LATER, planner);

        c.recordAppeal(CLERK, c.getParties().get(0), day("2026-05-11"), LATER, planner);

        assertThat(c.getStatus()).isEqualTo(APPEALED);
        assertThat(c.getEvents().get(c.getEvents().size() - 1))
                .extracting(CaseEvent::getFromStatus, CaseEvent::getToStatus).containsExactly(NOT_ACCEPTED, APPEALED);
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.close(CLERK, beijing("2026-06-30T09:00")));
    }

    // ---- point 5: extension of the evidence period ----

    @Test
    void counselAppliesBeforeTheEndAndTheCourtGrantsAfterIt_CE54_CE51_CPLI99() {
        DisputeCase c = inEvidencePeriod();

        c.applyForExtension(DEFENCE, beijing("2026-06-22T23:59:59"), planner);
        assertThat(c.getExtensionAppliedOn()).isEqualTo(EVIDENCE_END);
        assertThat(c.getExtensionAppliedBy()).isEqualTo("defence · RESPONDENT");

        c.extendEvidencePeriod(CLERK, day("2026-07-06"), beijing("2026-06-24T10:00"), planner);

        assertThat(c.getEvidencePeriodEnd()).isEqualTo(day("2026-07-06"));
        assertThat(c.getExtensionAppliedOn()).isNull();
        assertThat(c.openDeadlines()).extracting(Deadline::getKind, Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(tuple(DeadlineKind.EVIDENCE_PERIOD, day("2026-07-06"), "CE art. 54"));
        assertThat(c.getEvents()).extracting(CaseEvent::getType).endsWith("EXTENSION_APPLIED", "EVIDENCE_PERIOD_EXTENDED");
    }

    @Test
    void anApplicationAfterTheEndIsRefused_CE54() {
        DisputeCase c = inEvidencePeriod();

        BusinessException late = assertRefusedWithoutChange(c, "case.evidencePeriodOver",
                () -> c.applyForExtension(COUNSEL, beijing("2026-06-23T00:00:01"), planner));
        assertThat(late.arguments()).containsExactly(EVIDENCE_END);
        assertRefusedWithoutChange(c, "case.evidencePeriodOver", () -> c.recordExtensionApplication(CLERK,
                c.getParties().get(0), day("2026-06-23"), beijing("2026-06-24T10:00"), planner));
    }

    @Test
    void theClerkRecordsAWrittenApplicationMadeInTimeAndDecidesLater_CE54() {
        DisputeCase c = inEvidencePeriod();

        c.recordExtensionApplication(CLERK, c.getParties().get(0), day("2026-06-19"), beijing("2026-06-25T10:00"), planner);
        assertThat(c.getExtensionAppliedBy()).isEqualTo("北京某科技有限公司");
        assertThat(c.getExtensionAppliedOn()).isEqualTo(day("2026-06-19"));

        c.refuseExtension(CLERK, "No reason given why the evidence could not be produced in time.", beijing("2026-06-26T10:00"));

        assertThat(c.getExtensionAppliedOn()).isNull();
        assertThat(c.getEvidencePeriodEnd()).isEqualTo(EVIDENCE_END);
        assertThat(c.getEvents().get(c.getEvents().size() - 1)).extracting(CaseEvent::getType, CaseEvent::getDetail)
                .containsExactly("EXTENSION_REFUSED", "No reason given why the evidence could not be produced in time.");
    }

    @Test
    void theCourtDecidesOnlyOnAPendingApplicationAndOneAtATime_CE54() {
        DisputeCase c = inEvidencePeriod();

        assertRefusedWithoutChange(c, "case.noExtensionApplication",
                () -> c.extendEvidencePeriod(CLERK, day("2026-07-06"), beijing("2026-06-15T10:00"), planner));
        assertRefusedWithoutChange(c, "case.noExtensionApplication",
                () -> c.refuseExtension(CLERK, "Late.", beijing("2026-06-15T10:00")));

        c.applyForExtension(COUNSEL, beijing("2026-06-15T10:00"), planner);
        assertRefusedWithoutChange(c, "case.extensionPending",
                () -> c.applyForExtension(DEFENCE, beijing("2026-06-16T10:00"), planner));
        assertRefusedWithoutChange(c, "case.extensionPending",
                () -> c.closeEvidencePeriod(CLERK, beijing("2026-06-23T10:00")));
        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.refuseExtension(CLERK, " ", beijing("2026-06-16T10:00")));
        assertRefusedWithoutChange(c, "case.notAllowed",
                () -> c.extendEvidencePeriod(COUNSEL, day("2026-07-06"), beijing("2026-06-16T10:00"), planner));
    }

    // ---- point 16: resumption ----

    @Test
    void resumingMovesNoDeadline_CPL153_CPLI246_CPL86() {
        DisputeCase c = inEvidencePeriod();
        List<Deadline> before = List.copyOf(c.openDeadlines());
        c.suspend(JUDGE, "Awaiting the patent invalidation decision.", beijing("2026-06-01T10:00"));

        c.resume(JUDGE, beijing("2026-06-11T10:00"));

        assertThat(c.getStatus()).isEqualTo(EVIDENCE_PERIOD);
        assertThat(c.openDeadlines()).containsExactlyElementsOf(before);
        assertThat(c.getEvidencePeriodEnd()).isEqualTo(EVIDENCE_END);
        assertThat(c.getEvents().get(c.getEvents().size() - 1).getDetail()).isNull();
    }

    // ---- helpers ----

    private DisputeCase filed(CaseDetails details) {
        return DisputeCase.file(details, court, user("counsel", 10, null, Role.COUNSEL), FILED_AT, planner);
    }

    private DisputeCase accepted(CaseDetails details) {
        DisputeCase c = filed(details);
        c.accept(CLERK, "(2026)京73民初123号", ACCEPTED_AT, planner);
        return c;
    }

    private DisputeCase inEvidencePeriod() {
        DisputeCase c = accepted(details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")));
        c.recordService(CLERK, c.getParties().get(1), day("2026-05-08"), LATER, planner);
        c.openAnswerPeriod(CLERK, LATER, planner);
        c.openEvidencePeriod(CLERK, day("2026-05-26"), day("2026-06-20"), EVIDENCE_PERIOD_OPENED_AT, planner);
        return c;
    }

    private DisputeCase heard(CaseDetails details) {
        DisputeCase c = accepted(details);
        for (Party respondent : c.partiesAwaitingService()) {
            c.recordService(CLERK, respondent, day("2026-05-08"), LATER, planner);
        }
        c.openAnswerPeriod(CLERK, LATER, planner);
        c.openEvidencePeriod(CLERK, day("2026-05-26"), day("2026-06-20"), EVIDENCE_PERIOD_OPENED_AT, planner);
        c.closeEvidencePeriod(CLERK, beijing("2026-07-01T10:00"));
        c.scheduleHearing(CLERK, HEARING_TIME, beijing("2026-07-01T10:30"), planner);
        c.openHearing(JUDGE, HEARING_TIME.toInstant());
        return c;
    }

    private DisputeCase judged(CaseDetails details) {
        DisputeCase c = heard(details);
        c.enterJudgment(JUDGE, day("2026-07-20"), JUDGMENT_ENTERED_AT, planner);
        return c;
    }

    private static List<Deadline> openOf(DisputeCase c, DeadlineKind kind) {
        return c.openDeadlines().stream().filter(d -> d.getKind() == kind).toList();
    }

    private static Deadline answerOf(DisputeCase c, Party party) {
        return ofParty(c, DeadlineKind.ANSWER, party);
    }

    private static Deadline appealOf(DisputeCase c, Party party) {
        return ofParty(c, DeadlineKind.APPEAL, party);
    }

    private static Deadline ofParty(DisputeCase c, DeadlineKind kind, Party party) {
        List<Deadline> found = c.getDeadlines().stream().filter(d -> d.getKind() == kind && d.isFor(party)).toList();
        assertThat(found).as("%s deadlines of %s", kind, party.getName()).hasSize(1);
        return found.get(0);
    }
}
