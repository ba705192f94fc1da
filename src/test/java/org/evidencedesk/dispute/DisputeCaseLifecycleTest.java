package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evidencedesk.dispute.CaseStatus.*;
import static org.evidencedesk.dispute.TestFixtures.abroad;
import static org.evidencedesk.dispute.TestFixtures.assertRefusedWithoutChange;
import static org.evidencedesk.dispute.TestFixtures.beijing;
import static org.evidencedesk.dispute.TestFixtures.completeDetails;
import static org.evidencedesk.dispute.TestFixtures.court;
import static org.evidencedesk.dispute.TestFixtures.day;
import static org.evidencedesk.dispute.TestFixtures.details;
import static org.evidencedesk.dispute.TestFixtures.merchant;
import static org.evidencedesk.dispute.TestFixtures.rightsHolder;
import static org.evidencedesk.dispute.TestFixtures.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evidencedesk.dispute.Deadline.State;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case's life in 2026, Beijing time, with the instant of each step given explicitly. The dates are
 * chosen so that deadlines fall into the shipped holidays (Labour Day, Dragon Boat Festival).
 */
class DisputeCaseLifecycleTest {

    private static final String CASE_NUMBER = "(2026)京73民初123号";

    private static final CaseActor COUNSEL = new CaseActor("counsel", EnumSet.of(CaseCapacity.CLAIMANT_COUNSEL));
    private static final CaseActor CLERK = new CaseActor("clerk", EnumSet.of(CaseCapacity.COURT_CLERK));
    private static final CaseActor JUDGE = new CaseActor("judge", EnumSet.of(CaseCapacity.ASSIGNED_JUDGE));

    // Filed Tuesday 28 April: day 7 is 5 May, inside Labour Day (1–5 May), so acceptance is due Wednesday 6 May.
    private static final Instant FILED_AT = beijing("2026-04-28T10:00");
    private static final Instant CORRECTION_REQUESTED_AT = beijing("2026-04-29T09:00");
    private static final Instant RESUBMITTED_AT = beijing("2026-04-30T15:00");
    // Accepted Wednesday 6 May: service is due 5 days later, Monday 11 May.
    private static final Instant ACCEPTED_AT = beijing("2026-05-06T11:00");
    // Served Friday 8 May: the answer is due 15 days later, Saturday 23 May, so Monday 25 May.
    private static final LocalDate SERVED_ON = day("2026-05-08");
    private static final Instant SERVICE_RECORDED_AT = beijing("2026-05-08T16:00");
    private static final Instant ANSWER_PERIOD_OPENED_AT = beijing("2026-05-08T16:05");
    // Evidence period from Tuesday 26 May: at least until Wednesday 10 June. The clerk picks Saturday
    // 20 June, in the Dragon Boat Festival (19–21 June), so it runs to Monday 22 June.
    private static final Instant EVIDENCE_PERIOD_OPENED_AT = beijing("2026-05-26T10:00");
    private static final LocalDate EVIDENCE_START = day("2026-05-26");
    private static final LocalDate EVIDENCE_END_CHOSEN = day("2026-06-20");
    private static final LocalDate EVIDENCE_END = day("2026-06-22");
    private static final Instant EXTENDED_AT = beijing("2026-06-15T10:00");
    private static final LocalDate EXTENDED_END = day("2026-06-30");
    private static final Instant EVIDENCE_PERIOD_CLOSED_AT = beijing("2026-07-01T10:00");
    // Notice on Wednesday 1 July: three clear days, so Sunday 5 July at the earliest.
    private static final Instant HEARING_NOTICE_AT = beijing("2026-07-01T10:30");
    private static final ZonedDateTime HEARING_TIME = ZonedDateTime.of(2026, 7, 6, 9, 30, 0, 0, TestFixtures.SHANGHAI);
    private static final Instant HEARING_OPENED_AT = HEARING_TIME.toInstant();
    private static final LocalDate JUDGMENT_DAY = day("2026-07-20");
    private static final Instant JUDGMENT_ENTERED_AT = beijing("2026-07-20T15:00");
    // Judgment served Wednesday 22 July: appeal within 15 days, until Thursday 6 August.
    private static final LocalDate DECISION_SERVED_ON = day("2026-07-22");
    private static final Instant APPEAL_WINDOW_OPENED_AT = beijing("2026-07-22T10:00");
    private static final Instant CLOSED_AT = beijing("2026-08-07T09:00");

    private final DeadlinePlanner planner = TestFixtures.planner();
    private final Court court = court(1, "BJIPC", "京73");
    private final UserAccount filer = user("counsel", 10, null, Role.COUNSEL);

    // ---- the happy path ----

    @Test
    void aCaseGoesFromFilingToClosing() {
        DisputeCase c = DisputeCase.file(completeDetails(), court, filer, FILED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(SUBMITTED);
        assertThat(c.getFiledAt()).isEqualTo(FILED_AT);
        assertThat(c.getCourt()).isSameAs(court);
        assertThat(c.getMembers()).extracting(m -> m.getUser().getUsername(), CaseMember::getRole, CaseMember::getSide)
                .containsExactly(tuple("counsel", MemberRole.CLAIMANT_COUNSEL, Side.CLAIMANT));
        assertOnlyOpen(c, DeadlineKind.ACCEPTANCE, day("2026-05-06"));
        assertThat(deadline(c, DeadlineKind.ACCEPTANCE).getDueAt()).isEqualTo(beijing("2026-05-07T00:00"));
        assertThat(deadline(c, DeadlineKind.ACCEPTANCE).getBasis()).isEqualTo("CPL art. 126");

        c.requestCorrection(CLERK, "Name the respondent's store.", CORRECTION_REQUESTED_AT);
        assertThat(c.getStatus()).isEqualTo(CORRECTION_REQUESTED);

        c.resubmit(COUNSEL, RESUBMITTED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(SUBMITTED);

        c.accept(CLERK, CASE_NUMBER, ACCEPTED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(ACCEPTED);
        assertThat(c.getCaseNumber()).isEqualTo(CASE_NUMBER);
        assertThat(c.getDisplayNumber()).isEqualTo(CASE_NUMBER);
        assertThat(c.getAcceptedAt()).isEqualTo(ACCEPTED_AT);
        assertThat(deadlines(c, DeadlineKind.ACCEPTANCE)).hasSize(2);
        assertClosed(deadlines(c, DeadlineKind.ACCEPTANCE).get(0), State.SUPERSEDED, RESUBMITTED_AT);
        assertClosed(deadlines(c, DeadlineKind.ACCEPTANCE).get(1), State.MET, ACCEPTED_AT);
        assertOnlyOpen(c, DeadlineKind.SERVICE, day("2026-05-11"));

        c.recordService(CLERK, c.getParties().get(1), SERVED_ON, SERVICE_RECORDED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(SERVED);
        assertThat(c.getServedOn()).isEqualTo(SERVED_ON);
        assertClosed(deadline(c, DeadlineKind.SERVICE), State.MET, SERVICE_RECORDED_AT);
        assertOnlyOpen(c, DeadlineKind.ANSWER, day("2026-05-25"));

        c.openAnswerPeriod(CLERK, ANSWER_PERIOD_OPENED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(ANSWER_PERIOD);
        assertOnlyOpen(c, DeadlineKind.ANSWER, day("2026-05-25"));

        c.openEvidencePeriod(CLERK, EVIDENCE_START, EVIDENCE_END_CHOSEN, EVIDENCE_PERIOD_OPENED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(EVIDENCE_PERIOD);
        assertThat(c.getEvidencePeriodStart()).isEqualTo(EVIDENCE_START);
        assertThat(c.getEvidencePeriodEnd()).isEqualTo(EVIDENCE_END);
        assertClosed(deadline(c, DeadlineKind.ANSWER), State.MET, EVIDENCE_PERIOD_OPENED_AT);
        assertOnlyOpen(c, DeadlineKind.EVIDENCE_PERIOD, EVIDENCE_END);

        c.applyForExtension(COUNSEL, EXTENDED_AT, planner);
        c.extendEvidencePeriod(CLERK, EXTENDED_END, EXTENDED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(EVIDENCE_PERIOD);
        assertThat(c.getEvidencePeriodEnd()).isEqualTo(EXTENDED_END);
        assertThat(deadlines(c, DeadlineKind.EVIDENCE_PERIOD)).extracting(Deadline::getDueOn, Deadline::getState)
                .containsExactly(tuple(EVIDENCE_END, State.SUPERSEDED), tuple(EXTENDED_END, State.OPEN));
        assertOnlyOpen(c, DeadlineKind.EVIDENCE_PERIOD, EXTENDED_END);

        c.closeEvidencePeriod(CLERK, EVIDENCE_PERIOD_CLOSED_AT);
        assertThat(c.getStatus()).isEqualTo(EVIDENCE_EXCHANGE);
        assertThat(c.openDeadlines()).isEmpty();
        assertThat(deadlines(c, DeadlineKind.EVIDENCE_PERIOD)).extracting(Deadline::getState)
                .containsExactly(State.SUPERSEDED, State.MET);

        c.scheduleHearing(CLERK, HEARING_TIME, HEARING_NOTICE_AT, planner);
        assertThat(c.getStatus()).isEqualTo(HEARING_SCHEDULED);
        assertThat(c.getHearingAt()).isEqualTo(HEARING_TIME.toInstant());
        assertOnlyOpen(c, DeadlineKind.HEARING, day("2026-07-06"));
        assertThat(deadline(c, DeadlineKind.HEARING).getDueAt()).isEqualTo(HEARING_TIME.toInstant());

        c.openHearing(JUDGE, HEARING_OPENED_AT);
        assertThat(c.getStatus()).isEqualTo(HEARING);
        assertClosed(deadline(c, DeadlineKind.HEARING), State.MET, HEARING_OPENED_AT);

        c.enterJudgment(JUDGE, JUDGMENT_DAY, JUDGMENT_ENTERED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(JUDGMENT);
        assertThat(c.getDecidedOn()).isEqualTo(JUDGMENT_DAY);

        c.recordDecisionService(CLERK, c.getParties().get(0), DECISION_SERVED_ON, APPEAL_WINDOW_OPENED_AT, planner);
        assertThat(c.getStatus()).isEqualTo(APPEAL_WINDOW);
        c.recordDecisionService(CLERK, c.getParties().get(1), DECISION_SERVED_ON, APPEAL_WINDOW_OPENED_AT, planner);
        assertThat(c.openDeadlines()).extracting(d -> d.getParty().getName(), Deadline::getKind, Deadline::getDueOn)
                .containsExactly(tuple("北京某科技有限公司", DeadlineKind.APPEAL, day("2026-08-06")),
                        tuple("杭州某电子商务有限公司", DeadlineKind.APPEAL, day("2026-08-06")));

        c.close(CLERK, CLOSED_AT);
        assertThat(c.getStatus()).isEqualTo(CLOSED);
        assertThat(c.openDeadlines()).isEmpty();
        assertThat(deadlines(c, DeadlineKind.APPEAL)).allSatisfy(d -> assertClosed(d, State.MET, CLOSED_AT));

        assertThat(c.getEvents())
                .extracting(CaseEvent::getType, CaseEvent::getFromStatus, CaseEvent::getToStatus, CaseEvent::getActor,
                        CaseEvent::getOccurredAt)
                .containsExactly(
                        tuple("FILED", null, SUBMITTED, "counsel", FILED_AT),
                        tuple("CORRECTION_REQUESTED", SUBMITTED, CORRECTION_REQUESTED, "clerk", CORRECTION_REQUESTED_AT),
                        tuple("RESUBMITTED", CORRECTION_REQUESTED, SUBMITTED, "counsel", RESUBMITTED_AT),
                        tuple("ACCEPTED", SUBMITTED, ACCEPTED, "clerk", ACCEPTED_AT),
                        tuple("SERVED", ACCEPTED, SERVED, "clerk", SERVICE_RECORDED_AT),
                        tuple("ANSWER_PERIOD_OPENED", SERVED, ANSWER_PERIOD, "clerk", ANSWER_PERIOD_OPENED_AT),
                        tuple("EVIDENCE_PERIOD_OPENED", ANSWER_PERIOD, EVIDENCE_PERIOD, "clerk", EVIDENCE_PERIOD_OPENED_AT),
                        tuple("EXTENSION_APPLIED", null, null, "counsel", EXTENDED_AT),
                        tuple("EVIDENCE_PERIOD_EXTENDED", null, null, "clerk", EXTENDED_AT),
                        tuple("EVIDENCE_EXCHANGE_OPENED", EVIDENCE_PERIOD, EVIDENCE_EXCHANGE, "clerk",
                                EVIDENCE_PERIOD_CLOSED_AT),
                        tuple("HEARING_SCHEDULED", EVIDENCE_EXCHANGE, HEARING_SCHEDULED, "clerk", HEARING_NOTICE_AT),
                        tuple("HEARING_OPENED", HEARING_SCHEDULED, HEARING, "judge", HEARING_OPENED_AT),
                        tuple("JUDGMENT_ENTERED", HEARING, JUDGMENT, "judge", JUDGMENT_ENTERED_AT),
                        tuple("DECISION_SERVED", JUDGMENT, APPEAL_WINDOW, "clerk", APPEAL_WINDOW_OPENED_AT),
                        tuple("DECISION_SERVED", null, null, "clerk", APPEAL_WINDOW_OPENED_AT),
                        tuple("CLOSED", APPEAL_WINDOW, CLOSED, "clerk", CLOSED_AT));
    }

    @Test
    void theTimelineRecordsWhatEachStepWasAbout() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);
        c.applyForExtension(COUNSEL, EXTENDED_AT, planner);
        c.extendEvidencePeriod(CLERK, EXTENDED_END, EXTENDED_AT, planner);

        assertThat(event(c, "ACCEPTED").getDetail()).isEqualTo(CASE_NUMBER);
        assertThat(event(c, "SERVED").getDetail()).isEqualTo("杭州某电子商务有限公司 · 2026-05-08");
        assertThat(event(c, "EXTENSION_APPLIED").getDetail()).isEqualTo("counsel · CLAIMANT · 2026-06-15");
        assertThat(event(c, "EVIDENCE_PERIOD_OPENED").getDetail()).isEqualTo("2026-05-26 – 2026-06-22");
        assertThat(event(c, "EVIDENCE_PERIOD_EXTENDED").getDetail()).isEqualTo("2026-06-22 → 2026-06-30");
    }

    // ---- filing ----

    @Test
    void filingJustAfterMidnightInBeijingCountsFromTheBeijingDay() {
        // 16:30 UTC on 1 March is 00:30 on Monday 2 March in Beijing: acceptance is due Monday 9 March.
        DisputeCase c = DisputeCase.file(completeDetails(), court, filer, Instant.parse("2026-03-01T16:30:00Z"), planner);

        assertOnlyOpen(c, DeadlineKind.ACCEPTANCE, day("2026-03-09"));
    }

    @Test
    void filingWithIncompleteDetailsIsRefused() {
        CaseDetails noRespondent = details(rightsHolder("北京某科技有限公司"));

        TestFixtures.refusal("case.respondentRequired",
                () -> DisputeCase.file(noRespondent, court, filer, FILED_AT, planner));
    }

    @Test
    void counselMayAmendAndWithdrawWhileTheCorrectionIsPending() {
        DisputeCase c = DisputeCase.file(completeDetails(), court, filer, FILED_AT, planner);
        c.requestCorrection(CLERK, "Name the respondent's store.", CORRECTION_REQUESTED_AT);

        c.amend(COUNSEL, details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺")), RESUBMITTED_AT);
        assertThat(c.getParties()).extracting(Party::getName).containsExactly("北京某科技有限公司", "杭州某店铺");
        assertThat(lastEvent(c).getType()).isEqualTo("AMENDED");
        assertThat(c.getStatus()).isEqualTo(CORRECTION_REQUESTED);

        c.withdrawFiling(COUNSEL, RESUBMITTED_AT);
        assertThat(c.getStatus()).isEqualTo(WITHDRAWN);
        assertClosed(deadline(c, DeadlineKind.ACCEPTANCE), State.SUPERSEDED, RESUBMITTED_AT);
    }

    @Test
    void aCorrectionRequestNeedsToSayWhatToCorrect() {
        DisputeCase c = caseIn(SUBMITTED);

        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.requestCorrection(CLERK, " ", CORRECTION_REQUESTED_AT));
        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.requestCorrection(CLERK, null, CORRECTION_REQUESTED_AT));
    }

    /** After a correction the seven days to decide on acceptance run again from the corrected filing. */
    @Test
    void resubmittingACorrectedFilingStartsTheAcceptancePeriodAgain() {
        DisputeCase c = caseIn(SUBMITTED);
        c.requestCorrection(CLERK, "Name the respondent's store.", CORRECTION_REQUESTED_AT);

        c.resubmit(COUNSEL, beijing("2026-05-20T10:00"), planner);

        assertOnlyOpen(c, DeadlineKind.ACCEPTANCE, day("2026-05-27"));
    }

    // ---- acceptance ----

    @Test
    void refusingToAcceptNeedsAReasonAndChangesNothingWithoutOne() {
        DisputeCase c = caseIn(SUBMITTED);

        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.refuse(CLERK, "", ACCEPTED_AT));
        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.refuse(CLERK, "x".repeat(10_001), ACCEPTED_AT));
        assertThat(c.getStatus()).isEqualTo(SUBMITTED);
        assertOnlyOpen(c, DeadlineKind.ACCEPTANCE, day("2026-05-06"));
    }

    @Test
    void refusingToAcceptWithAReasonAwaitsTheClaimantsAppealPeriod_CPL126() {
        DisputeCase c = caseIn(SUBMITTED);

        c.refuse(CLERK, "Not an IP dispute.", ACCEPTED_AT);

        assertThat(c.getStatus()).isEqualTo(NOT_ACCEPTED);
        assertThat(c.getCaseNumber()).isNull();
        assertClosed(deadline(c, DeadlineKind.ACCEPTANCE), State.MET, ACCEPTED_AT);
        assertThat(lastEvent(c)).extracting(CaseEvent::getType, CaseEvent::getFromStatus, CaseEvent::getToStatus,
                CaseEvent::getActor, CaseEvent::getDetail)
                .containsExactly("NOT_ACCEPTED", SUBMITTED, NOT_ACCEPTED, "clerk", "Not an IP dispute.");
        assertThat(c.getAppealableDecision()).isEqualTo(AppealableDecision.REFUSAL);
        assertRefusedWithoutChange(c, "case.decisionNotServed", () -> c.close(CLERK, CLOSED_AT));
        assertRefusedWithoutChange(c, "case.illegalTransition",
                () -> c.correctRecord(CLERK, completeDetails(), CLOSED_AT));
    }

    @Test
    void counselCannotAcceptTheirOwnCase() {
        DisputeCase c = caseIn(SUBMITTED);

        assertRefusedWithoutChange(c, "case.notAllowed", () -> c.accept(COUNSEL, CASE_NUMBER, ACCEPTED_AT, planner));
    }

    @Test
    void serviceCannotBeRecordedForADayStillToCome() {
        DisputeCase c = caseIn(ACCEPTED);

        assertRefusedWithoutChange(c, "case.dateInFuture",
                () -> c.recordService(CLERK, c.getParties().get(1), day("2026-05-09"), SERVICE_RECORDED_AT, planner));
        assertRefusedWithoutChange(c, "case.dateRequired",
                () -> c.recordService(CLERK, c.getParties().get(1), null, SERVICE_RECORDED_AT, planner));
    }

    // ---- answer period ----

    @Test
    void theAnswerPeriodIsFifteenDaysFromService() {
        DisputeCase c = caseIn(ANSWER_PERIOD);

        assertOnlyOpen(c, DeadlineKind.ANSWER, day("2026-05-25"));
        assertThat(deadline(c, DeadlineKind.ANSWER).getBasis()).isEqualTo("CPL art. 128");
    }

    @Test
    void theAnswerPeriodIsThirtyDaysOnlyForTheRespondentNotDomiciledInChina_CPL285() {
        // Day 30 after 8 May is Sunday 7 June; the respondent in China keeps its 15 days (before the fix: 30 for all).
        DisputeCase c = caseIn(ANSWER_PERIOD,
                details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"), abroad(merchant("Overseas Seller Ltd"))));

        assertThat(c.openDeadlines()).extracting(d -> d.getParty().getName(), Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(tuple("杭州某店铺", day("2026-05-25"), "CPL art. 128"),
                        tuple("Overseas Seller Ltd", day("2026-06-08"), "CPL art. 285"));
    }

    @Test
    void aClaimantAbroadDoesNotLengthenTheAnswerPeriod() {
        DisputeCase c = caseIn(ANSWER_PERIOD, details(abroad(rightsHolder("Rights Holder GmbH")), merchant("杭州某店铺")));

        assertOnlyOpen(c, DeadlineKind.ANSWER, day("2026-05-25"));
    }

    // ---- evidence period ----

    @Test
    void anEvidencePeriodShorterThanFifteenDaysIsRefused() {
        DisputeCase c = caseIn(ANSWER_PERIOD);

        BusinessException refused = assertRefusedWithoutChange(c, "deadline.evidencePeriodTooShort",
                () -> c.openEvidencePeriod(CLERK, EVIDENCE_START, day("2026-06-09"), EVIDENCE_PERIOD_OPENED_AT, planner));
        assertThat(refused.arguments()).containsExactly(15, day("2026-06-10"));
    }

    @Test
    void anEvidencePeriodOfExactlyFifteenDaysIsAccepted() {
        DisputeCase c = caseIn(ANSWER_PERIOD);

        c.openEvidencePeriod(CLERK, EVIDENCE_START, day("2026-06-10"), EVIDENCE_PERIOD_OPENED_AT, planner);

        assertThat(c.getStatus()).isEqualTo(EVIDENCE_PERIOD);
        assertOnlyOpen(c, DeadlineKind.EVIDENCE_PERIOD, day("2026-06-10"));
        assertThat(deadline(c, DeadlineKind.EVIDENCE_PERIOD).getBasis()).isEqualTo("CE art. 51");
    }

    @Test
    void anEvidencePeriodEndingOnARestDayRunsToTheNextWorkingDay() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);

        assertThat(c.getEvidencePeriodEnd()).isEqualTo(EVIDENCE_END);
        assertOnlyOpen(c, DeadlineKind.EVIDENCE_PERIOD, EVIDENCE_END);
        assertThat(deadline(c, DeadlineKind.EVIDENCE_PERIOD).getDueAt()).isEqualTo(beijing("2026-06-23T00:00"));
    }

    @Test
    void anEvidencePeriodNeedsBothDays() {
        DisputeCase c = caseIn(ANSWER_PERIOD);

        assertRefusedWithoutChange(c, "case.evidencePeriodRequired",
                () -> c.openEvidencePeriod(CLERK, null, EVIDENCE_END_CHOSEN, EVIDENCE_PERIOD_OPENED_AT, planner));
        assertRefusedWithoutChange(c, "case.evidencePeriodRequired",
                () -> c.openEvidencePeriod(CLERK, EVIDENCE_START, null, EVIDENCE_PERIOD_OPENED_AT, planner));
    }

    @Test
    void extendingSupersedesTheOldDeadlineAndRollsARestDayForward() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);

        // Saturday 27 June is a rest day: the extended period runs to Monday 29 June.
        c.applyForExtension(COUNSEL, EXTENDED_AT, planner);
        c.extendEvidencePeriod(CLERK, day("2026-06-27"), EXTENDED_AT, planner);

        assertThat(c.getEvidencePeriodEnd()).isEqualTo(day("2026-06-29"));
        assertThat(deadlines(c, DeadlineKind.EVIDENCE_PERIOD))
                .extracting(Deadline::getDueOn, Deadline::getState, Deadline::getClosedAt, Deadline::getBasis)
                .containsExactly(tuple(EVIDENCE_END, State.SUPERSEDED, EXTENDED_AT, "CE art. 51"),
                        tuple(day("2026-06-29"), State.OPEN, null, "CE art. 54"));
    }

    @Test
    void applyingIsStillPossibleLateOnTheLastDay_CE54() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);

        c.applyForExtension(COUNSEL, beijing("2026-06-22T23:59:59"), planner);
        c.extendEvidencePeriod(CLERK, EXTENDED_END, beijing("2026-06-23T09:00"), planner);

        assertOnlyOpen(c, DeadlineKind.EVIDENCE_PERIOD, EXTENDED_END);
    }

    @Test
    void applyingIsRefusedOnceThePeriodHasEnded_CE54() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);

        BusinessException refused = assertRefusedWithoutChange(c, "case.evidencePeriodOver",
                () -> c.applyForExtension(COUNSEL, beijing("2026-06-23T00:00:01"), planner));
        assertThat(refused.arguments()).containsExactly(EVIDENCE_END);
    }

    @Test
    void extendingIsRefusedUnlessTheNewEndIsLater() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);
        c.applyForExtension(COUNSEL, EXTENDED_AT, planner);

        assertRefusedWithoutChange(c, "case.extensionMustBeLater",
                () -> c.extendEvidencePeriod(CLERK, EVIDENCE_END, EXTENDED_AT, planner));
        assertRefusedWithoutChange(c, "case.extensionMustBeLater",
                () -> c.extendEvidencePeriod(CLERK, day("2026-06-16"), EXTENDED_AT, planner));
        assertRefusedWithoutChange(c, "case.extensionMustBeLater",
                () -> c.extendEvidencePeriod(CLERK, null, EXTENDED_AT, planner));
    }

    // ---- hearing ----

    @Test
    void aHearingEarlierThanThreeClearDaysAfterTheNoticeIsRefused() {
        DisputeCase c = caseIn(EVIDENCE_EXCHANGE);
        ZonedDateTime saturday = ZonedDateTime.of(2026, 7, 4, 9, 30, 0, 0, TestFixtures.SHANGHAI);

        BusinessException refused = assertRefusedWithoutChange(c, "case.hearingTooSoon",
                () -> c.scheduleHearing(CLERK, saturday, HEARING_NOTICE_AT, planner));
        assertThat(refused.arguments()).containsExactly(day("2026-07-05"));
        assertRefusedWithoutChange(c, "case.hearingTooSoon", () -> c.scheduleHearing(CLERK, null, HEARING_NOTICE_AT, planner));
    }

    @Test
    void aHearingOnTheNoticeDayPlusFourIsAccepted() {
        DisputeCase c = caseIn(EVIDENCE_EXCHANGE);

        c.scheduleHearing(JUDGE, ZonedDateTime.of(2026, 7, 5, 0, 0, 0, 0, TestFixtures.SHANGHAI), HEARING_NOTICE_AT, planner);

        assertThat(c.getStatus()).isEqualTo(HEARING_SCHEDULED);
        assertOnlyOpen(c, DeadlineKind.HEARING, day("2026-07-05"));
    }

    @Test
    void theHearingDayIsTheBeijingDayWhateverZoneItIsGivenIn() {
        DisputeCase tooSoon = caseIn(EVIDENCE_EXCHANGE);
        DisputeCase inTime = caseIn(EVIDENCE_EXCHANGE);

        // 15:30 UTC on 4 July is 23:30 on 4 July in Beijing; 16:30 UTC is already 00:30 on 5 July.
        assertRefusedWithoutChange(tooSoon, "case.hearingTooSoon", () -> tooSoon.scheduleHearing(CLERK,
                ZonedDateTime.of(2026, 7, 4, 15, 30, 0, 0, ZoneOffset.UTC), HEARING_NOTICE_AT, planner));
        inTime.scheduleHearing(CLERK, ZonedDateTime.of(2026, 7, 4, 16, 30, 0, 0, ZoneOffset.UTC), HEARING_NOTICE_AT, planner);
        assertOnlyOpen(inTime, DeadlineKind.HEARING, day("2026-07-05"));
    }

    @Test
    void onlyTheAssignedJudgeOpensTheHearingAndEntersJudgment() {
        DisputeCase scheduled = caseIn(HEARING_SCHEDULED);
        DisputeCase heard = caseIn(HEARING);

        assertRefusedWithoutChange(scheduled, "case.notAllowed", () -> scheduled.openHearing(CLERK, HEARING_OPENED_AT));
        assertRefusedWithoutChange(heard, "case.notAllowed",
                () -> heard.enterJudgment(CLERK, JUDGMENT_DAY, JUDGMENT_ENTERED_AT, planner));
        assertRefusedWithoutChange(heard, "case.dateInFuture",
                () -> heard.enterJudgment(JUDGE, JUDGMENT_DAY.plusDays(1), JUDGMENT_ENTERED_AT, planner));
    }

    // ---- appeal window and closing ----

    @Test
    void theAppealWindowAfterAJudgmentIsFifteenDays() {
        DisputeCase c = caseIn(APPEAL_WINDOW);

        assertThat(c.openDeadlines()).extracting(Deadline::getKind, Deadline::getDueOn, Deadline::getBasis)
                .containsOnly(tuple(DeadlineKind.APPEAL, day("2026-08-06"), "CPL art. 171")).hasSize(2);
    }

    @Test
    void theAppealWindowAfterADismissalRulingIsTenDays() {
        DisputeCase c = caseIn(HEARING);
        c.dismiss(JUDGE, "The claimant has no standing.", JUDGMENT_ENTERED_AT);

        c.recordDecisionService(CLERK, c.getParties().get(1), DECISION_SERVED_ON, APPEAL_WINDOW_OPENED_AT, planner);

        // Day 10 after 22 July is Saturday 1 August.
        assertThat(c.getStatus()).isEqualTo(APPEAL_WINDOW);
        assertOnlyOpen(c, DeadlineKind.APPEAL, day("2026-08-03"));
        assertThat(lastEvent(c)).extracting(CaseEvent::getFromStatus, CaseEvent::getToStatus)
                .containsExactly(DISMISSED, APPEAL_WINDOW);
    }

    @Test
    void theAppealWindowIsThirtyDaysOnlyForThePartyNotDomiciledInChina_CPLI536() {
        DisputeCase c = caseIn(APPEAL_WINDOW, details(abroad(rightsHolder("Rights Holder GmbH")), merchant("杭州某店铺")));

        // Before the fix, the party abroad gave every party 30 days.
        assertThat(c.openDeadlines()).extracting(d -> d.getParty().getName(), Deadline::getDueOn, Deadline::getBasis)
                .containsExactly(tuple("Rights Holder GmbH", day("2026-08-21"), "CPL art. 286"),
                        tuple("杭州某店铺", day("2026-08-06"), "CPL art. 171"));
    }

    @Test
    void aThirdPartyAbroadDoesNotLengthenTheAppealWindow() {
        PartyDetails platform = new PartyDetails(PartyKind.DATA_HOLDING_PLATFORM, "Overseas Cloud Inc.", false);
        DisputeCase c = caseIn(APPEAL_WINDOW, details(rightsHolder("北京某科技有限公司"), merchant("杭州某店铺"), platform));

        assertThat(c.openDeadlines()).extracting(d -> d.getParty().getName(), Deadline::getDueOn)
                .containsExactly(tuple("北京某科技有限公司", day("2026-08-06")), tuple("杭州某店铺", day("2026-08-06")));
    }

    @Test
    void theAppealWindowCannotOpenOnADecisionNotYetServed() {
        DisputeCase c = caseIn(JUDGMENT);

        assertRefusedWithoutChange(c, "case.dateInFuture",
                () -> c.recordDecisionService(CLERK, c.getParties().get(0), DECISION_SERVED_ON, beijing("2026-07-21T10:00"),
                        planner));
    }

    @Test
    void closingIsRefusedWhileTheAppealWindowIsOpen() {
        DisputeCase c = caseIn(APPEAL_WINDOW);

        BusinessException refused = assertRefusedWithoutChange(c, "case.appealWindowOpen",
                () -> c.close(CLERK, beijing("2026-08-06T23:59:59")));
        assertThat(refused.arguments()).containsExactly(day("2026-08-06"));
        assertRefusedWithoutChange(c, "case.appealWindowOpen", () -> c.close(CLERK, APPEAL_WINDOW_OPENED_AT));
    }

    @Test
    void closingIsAllowedOnceTheAppealDeadlineHasPassed() {
        DisputeCase c = caseIn(APPEAL_WINDOW);

        c.close(CLERK, beijing("2026-08-07T00:00:01"));

        assertThat(c.getStatus()).isEqualTo(CLOSED);
        assertThat(c.openDeadlines()).isEmpty();
    }

    /**
     * CPL art. 85: "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期". Judgment served
     * Thursday 17 December 2026: day 15 is Friday 1 January 2027, New Year's Day in every year, but no 2027 file
     * says which days around it are off. The appeal deadline is provisional, and the case cannot close on it.
     */
    @Test
    void closingIsRefusedWhileTheAppealDeadlineIsProvisional_CPL85() {
        DisputeCase c = caseIn(JUDGMENT);
        c.partiesAwaitingDecisionService().forEach(
                party -> c.recordDecisionService(CLERK, party, day("2026-12-17"), beijing("2026-12-17T10:00"), planner));

        BusinessException refused = assertRefusedWithoutChange(c, "case.deadlineProvisional",
                () -> c.close(CLERK, beijing("2027-01-02T00:00:01")));
        assertThat(refused.arguments()).containsExactly(day("2027-01-01"));
    }

    // ---- suspension ----

    @ParameterizedTest
    @MethodSource("pendingStates")
    void resumingReturnsToTheStateTheCaseWasSuspendedFrom(CaseStatus pending) {
        DisputeCase c = caseIn(pending);
        Instant suspendedAt = lastEvent(c).getOccurredAt().plusSeconds(60);
        Instant resumedAt = suspendedAt.plusSeconds(60);

        c.suspend(JUDGE, "Awaiting the patent invalidation decision.", suspendedAt);
        assertThat(c.getStatus()).isEqualTo(SUSPENDED);
        c.resume(JUDGE, resumedAt);

        assertThat(c.getStatus()).isEqualTo(pending);
        assertThat(c.getEvents().subList(c.getEvents().size() - 2, c.getEvents().size()))
                .extracting(CaseEvent::getType, CaseEvent::getFromStatus, CaseEvent::getToStatus, CaseEvent::getActor,
                        CaseEvent::getDetail)
                .containsExactly(tuple("SUSPENDED", pending, SUSPENDED, "judge", "Awaiting the patent invalidation decision."),
                        tuple("RESUMED", SUSPENDED, pending, "judge", null));
    }

    @Test
    void resumingTheSameDayMovesNoDeadline() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);
        List<Deadline> before = List.copyOf(c.openDeadlines());
        Instant suspendedAt = lastEvent(c).getOccurredAt().plusSeconds(60);

        c.suspend(JUDGE, "A party's representative fell ill.", suspendedAt);
        c.resume(JUDGE, suspendedAt.plusSeconds(600));

        assertThat(c.openDeadlines()).containsExactlyElementsOf(before);
    }

    @Test
    void suspendingNeedsAReason() {
        DisputeCase c = caseIn(EVIDENCE_EXCHANGE);

        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.suspend(JUDGE, "  ", EVIDENCE_PERIOD_CLOSED_AT));
    }

    @Test
    void aSuspendedCaseTakesNoOrdinaryStepUntilResumed() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);
        c.suspend(JUDGE, "Awaiting the patent invalidation decision.", EXTENDED_AT);

        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.closeEvidencePeriod(CLERK, EVIDENCE_PERIOD_CLOSED_AT));
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.recordMediation(JUDGE, EVIDENCE_PERIOD_CLOSED_AT));
        assertRefusedWithoutChange(c, "case.illegalTransition",
                () -> c.suspend(JUDGE, "Again.", EVIDENCE_PERIOD_CLOSED_AT));
    }

    // ---- decisions without judgment ----

    enum Decision {
        MEDIATION(MEDIATED, "MEDIATED"), WITHDRAWAL(WITHDRAWN, "WITHDRAWAL_APPROVED"), DISMISSAL(DISMISSED, "DISMISSED");

        final CaseStatus outcome;
        final String event;

        Decision(CaseStatus outcome, String event) {
            this.outcome = outcome;
            this.event = event;
        }

        void take(DisputeCase c, Instant now) {
            switch (this) {
                case MEDIATION -> c.recordMediation(JUDGE, now);
                case WITHDRAWAL -> c.approveWithdrawal(JUDGE, "The parties settled.", now);
                case DISMISSAL -> c.dismiss(JUDGE, "The claimant has no standing.", now);
            }
        }
    }

    static Stream<Arguments> decisionsInPendingStates() {
        return pendingStates().flatMap(state -> Stream.of(Decision.values()).map(decision -> Arguments.of(decision, state)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("decisionsInPendingStates")
    void aDecisionWithoutJudgmentSupersedesTheOpenDeadlines(Decision decision, CaseStatus pending) {
        DisputeCase c = caseIn(pending);
        List<Deadline> wereOpen = c.openDeadlines();
        List<String> closedBefore = closedDeadlines(c);
        Instant decidedAt = lastEvent(c).getOccurredAt().plusSeconds(60);

        decision.take(c, decidedAt);

        assertThat(c.getStatus()).isEqualTo(decision.outcome);
        assertThat(c.openDeadlines()).isEmpty();
        assertThat(wereOpen).allSatisfy(d -> assertClosed(d, State.SUPERSEDED, decidedAt));
        assertThat(closedDeadlines(c)).containsAll(closedBefore);
        assertThat(lastEvent(c)).extracting(CaseEvent::getType, CaseEvent::getFromStatus, CaseEvent::getToStatus,
                CaseEvent::getActor).containsExactly(decision.event, pending, decision.outcome, "judge");
    }

    @Test
    void mediationFromTheEvidencePeriodSupersedesTheEvidenceDeadline() {
        DisputeCase c = caseIn(EVIDENCE_PERIOD);

        c.recordMediation(JUDGE, EXTENDED_AT);

        assertThat(deadlines(c, DeadlineKind.EVIDENCE_PERIOD)).extracting(Deadline::getState)
                .containsExactly(State.SUPERSEDED);
        assertThat(deadlines(c, DeadlineKind.ANSWER)).extracting(Deadline::getState).containsExactly(State.MET);
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"MEDIATION", "WITHDRAWAL"})
    void aMediatedOrWithdrawnCaseClosesWithoutAnAppealWindow(Decision decision) {
        DisputeCase c = caseIn(HEARING);
        decision.take(c, JUDGMENT_ENTERED_AT);

        c.close(CLERK, JUDGMENT_ENTERED_AT.plusSeconds(60));

        assertThat(c.getStatus()).isEqualTo(CLOSED);
    }

    @Test
    void aDismissedCaseClosesOnlyThroughItsAppealWindow() {
        DisputeCase c = caseIn(HEARING);
        c.dismiss(JUDGE, "The claimant has no standing.", JUDGMENT_ENTERED_AT);

        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.close(CLERK, CLOSED_AT));
    }

    @Test
    void dismissingNeedsAGround() {
        DisputeCase c = caseIn(HEARING);

        assertRefusedWithoutChange(c, "case.reasonRequired", () -> c.dismiss(JUDGE, null, JUDGMENT_ENTERED_AT));
    }

    // ---- refused steps ----

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() {
        DisputeCase c = caseIn(ACCEPTED);

        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.openAnswerPeriod(CLERK, ACCEPTED_AT, planner));
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.accept(CLERK, "(2026)京73民初124号", ACCEPTED_AT, planner));
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.close(CLERK, CLOSED_AT));
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.resume(JUDGE, CLOSED_AT));
        assertRefusedWithoutChange(c, "case.illegalTransition", () -> c.withdrawFiling(COUNSEL, CLOSED_AT));
    }

    // ---- helpers ----

    static Stream<CaseStatus> pendingStates() {
        return CaseStatus.PENDING.stream();
    }

    private DisputeCase caseIn(CaseStatus wanted) {
        return caseIn(wanted, completeDetails());
    }

    /** A case filed with {@code details} and taken along the happy path (no correction, no extension) to {@code wanted}. */
    private DisputeCase caseIn(CaseStatus wanted, CaseDetails details) {
        DisputeCase c = DisputeCase.file(details, court, filer, FILED_AT, planner);
        for (Consumer<DisputeCase> step : happyPath()) {
            if (c.getStatus() == wanted) {
                return c;
            }
            step.accept(c);
        }
        assertThat(c.getStatus()).as("the happy path passes through the wanted state").isEqualTo(wanted);
        return c;
    }

    private List<Consumer<DisputeCase>> happyPath() {
        return List.of(
                c -> c.accept(CLERK, CASE_NUMBER, ACCEPTED_AT, planner),
                c -> c.partiesAwaitingService()
                        .forEach(respondent -> c.recordService(CLERK, respondent, SERVED_ON, SERVICE_RECORDED_AT, planner)),
                c -> c.openAnswerPeriod(CLERK, ANSWER_PERIOD_OPENED_AT, planner),
                c -> c.openEvidencePeriod(CLERK, EVIDENCE_START, EVIDENCE_END_CHOSEN, EVIDENCE_PERIOD_OPENED_AT, planner),
                c -> c.closeEvidencePeriod(CLERK, EVIDENCE_PERIOD_CLOSED_AT),
                c -> c.scheduleHearing(CLERK, HEARING_TIME, HEARING_NOTICE_AT, planner),
                c -> c.openHearing(JUDGE, HEARING_OPENED_AT),
                c -> c.enterJudgment(JUDGE, JUDGMENT_DAY, JUDGMENT_ENTERED_AT, planner),
                c -> c.partiesAwaitingDecisionService().forEach(p -> c.recordDecisionService(CLERK, p, DECISION_SERVED_ON,
                        APPEAL_WINDOW_OPENED_AT, planner)),
                c -> c.close(CLERK, CLOSED_AT));
    }

    private static List<Deadline> deadlines(DisputeCase c, DeadlineKind kind) {
        return c.getDeadlines().stream().filter(d -> d.getKind() == kind).toList();
    }

    /** The one deadline of that kind the case has. */
    private static Deadline deadline(DisputeCase c, DeadlineKind kind) {
        List<Deadline> ofKind = deadlines(c, kind);
        assertThat(ofKind).as("deadlines of kind %s", kind).hasSize(1);
        return ofKind.get(0);
    }

    private static void assertOnlyOpen(DisputeCase c, DeadlineKind kind, LocalDate lastDay) {
        assertThat(c.openDeadlines()).as("open deadlines")
                .extracting(Deadline::getKind, Deadline::getDueOn)
                .containsExactly(tuple(kind, lastDay));
    }

    private static void assertClosed(Deadline deadline, State state, Instant closedAt) {
        assertThat(deadline.getState()).as("%s deadline state", deadline.getKind()).isEqualTo(state);
        assertThat(deadline.getClosedAt()).as("%s deadline closed at", deadline.getKind()).isEqualTo(closedAt);
    }

    private static List<String> closedDeadlines(DisputeCase c) {
        List<String> closed = new ArrayList<>();
        c.getDeadlines().stream().filter(d -> !d.isOpen())
                .forEach(d -> closed.add(d.getKind() + " " + d.getDueOn() + " " + d.getState() + " " + d.getClosedAt()));
        return closed;
    }

    private static CaseEvent lastEvent(DisputeCase c) {
        return c.getEvents().get(c.getEvents().size() - 1);
    }

    private static CaseEvent event(DisputeCase c, String type) {
        return c.getEvents().stream().filter(e -> e.getType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event"));
    }
}
