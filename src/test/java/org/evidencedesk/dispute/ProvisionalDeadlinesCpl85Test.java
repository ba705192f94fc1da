package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencedesk.dispute.TestFixtures.beijing;
import static org.evidencedesk.dispute.TestFixtures.day;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.evidencedesk.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * CPL art. 85 para. 3: "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期". Which days are
 * 法定休假日 in a year is known only from that year's State Council notice, so a deadline whose roll-over looks at a
 * year without a holiday file is provisional, and is counted again once the file is installed. The shipped calendar
 * has 2026 only; the 2027 file here is a test fixture (src/test/resources/holidays/2027.json), not the notice.
 */
class ProvisionalDeadlinesCpl85Test {

    private static final CaseActor CLERK = new CaseActor("clerk", EnumSet.of(CaseCapacity.COURT_CLERK));
    private static final CaseActor JUDGE = new CaseActor("judge", EnumSet.of(CaseCapacity.ASSIGNED_JUDGE));

    private static final WorkingCalendar WITH_2027 = WorkingCalendar.of(
            HolidayScheduleFile.read(Path.of("config/holidays/2026.json")),
            HolidayScheduleFile.read(Path.of("src/test/resources/holidays/2027.json")));

    private final DeadlinePlanner shipped = TestFixtures.planner();
    private final DeadlinePlanner with2027 = new DeadlinePlanner(WITH_2027, TestFixtures.SHANGHAI);

    // Judgment served Thursday 17 December 2026: day 15 is Friday 1 January 2027.
    private static final LocalDate SERVED_17_DECEMBER = day("2026-12-17");

    @Test
    void aPeriodEndingOn1January2027WithoutA2027FileIsProvisional_CPL85() {
        DueDate due = shipped.statutory(StatutoryPeriod.APPEAL_JUDGMENT, SERVED_17_DECEMBER);

        assertThat(due.lastDay()).as("counted with weekends only").isEqualTo(day("2027-01-01"));
        assertThat(due.provisional()).isTrue();
        assertThat(due.reckoning()).isEqualTo(Reckoning.period(SERVED_17_DECEMBER, 15));
    }

    @Test
    void theSamePeriodIsCertainAndMovesPastNewYearOnceA2027FileExists_CPL85() {
        DueDate due = with2027.statutory(StatutoryPeriod.APPEAL_JUDGMENT, SERVED_17_DECEMBER);

        assertThat(due.lastDay()).as("1-3 January off: the first day after is Monday 4 January").isEqualTo(day("2027-01-04"));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void aPeriodCountedWithin2026IsCertain_CPL85() {
        // Served Monday 14 December: day 15 is Tuesday 29 December 2026.
        assertThat(shipped.statutory(StatutoryPeriod.APPEAL_JUDGMENT, day("2026-12-14")).provisional()).isFalse();
    }

    @Test
    void aDayTheCourtChoosesIn2027IsProvisionalToo_CPL85() {
        DueDate due = shipped.setByCourt(day("2027-03-10"), "CE art. 51");

        assertThat(due.provisional()).as("a Wednesday, but no file says it is not a holiday").isTrue();
        assertThat(due.reckoning()).isEqualTo(Reckoning.chosenDay(day("2027-03-10")));
    }

    @Test
    void theCaseStoresTheAppealDeadlineAsProvisionalWithWhatItWasCountedFrom_CPL85() {
        DisputeCase c = inAppealWindow(shipped);

        Deadline appeal = openAppeal(c);
        assertThat(appeal.isProvisional()).isTrue();
        assertThat(appeal.reckoning()).contains(Reckoning.period(SERVED_17_DECEMBER, 15));
        assertThat(c.hasProvisionalDeadline()).isTrue();
    }

    @Test
    void installingThe2027FileRecountsTheProvisionalDeadlineAndRecordsIt_CPL85() {
        DisputeCase c = inAppealWindow(shipped);
        Deadline provisional = openAppeal(c);
        Instant restart = beijing("2026-12-20T08:00");
        assertThat(c.deadlinesNeedReview(with2027)).isTrue();

        int changed = c.reviewProvisionalDeadlines(restart, with2027);

        assertThat(c.deadlinesNeedReview(with2027)).as("reviewed").isFalse();

        assertThat(changed).as("each party's own appeal period (CPLI art. 536)").isEqualTo(2);
        assertThat(provisional.getState()).isEqualTo(Deadline.State.SUPERSEDED);
        Deadline recounted = openAppeal(c);
        assertThat(recounted.getDueOn()).isEqualTo(day("2027-01-04"));
        assertThat(recounted.getDueAt()).isEqualTo(beijing("2027-01-05T00:00"));
        assertThat(recounted.isProvisional()).isFalse();
        assertThat(recounted.getBasis()).isEqualTo("CPL art. 171");
        assertThat(c.hasProvisionalDeadline()).isFalse();
        CaseEvent last = c.getEvents().get(c.getEvents().size() - 1);
        assertThat(last.getType()).isEqualTo("DEADLINE_REPLANNED");
        assertThat(last.getActor()).isEqualTo("system");
        assertThat(last.getDetail()).isEqualTo("2027-01-01 → 2027-01-04 · CPL art. 171");
        assertThat(last.getOccurredAt()).isEqualTo(restart);
    }

    @Test
    void withoutTheFileAReviewChangesNothing_CPL85() {
        DisputeCase c = inAppealWindow(shipped);
        int events = c.getEvents().size();
        assertThat(c.deadlinesNeedReview(shipped)).isFalse();

        assertThat(c.reviewProvisionalDeadlines(beijing("2026-12-20T08:00"), shipped)).isZero();

        assertThat(openAppeal(c).isProvisional()).isTrue();
        assertThat(c.getEvents()).hasSize(events);
    }

    @Test
    void theCaseClosesOnceTheRecountedDeadlineHasPassed_CPL85() {
        DisputeCase c = inAppealWindow(shipped);
        c.reviewProvisionalDeadlines(beijing("2026-12-20T08:00"), with2027);

        c.close(CLERK, beijing("2027-01-05T00:00:01"));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aDeadlineCountedOnAFileThatIsGoneBecomesProvisional_CPL85() {
        // As a deadline stored before deadlines kept the flag: counted as certain, reviewed on a calendar without 2027.
        DisputeCase c = inAppealWindow(with2027);
        Deadline counted = openAppeal(c);
        assertThat(counted.isProvisional()).isFalse();
        assertThat(c.deadlinesNeedReview(shipped)).isTrue();

        assertThat(c.reviewProvisionalDeadlines(beijing("2026-12-20T08:00"), shipped))
                .as("each party's own appeal period (CPLI art. 536)").isEqualTo(2);

        assertThat(counted.isProvisional()).isTrue();
        assertThat(counted.getDueOn()).as("the date stays until a file says otherwise").isEqualTo(day("2027-01-04"));
        assertThat(c.getEvents().get(c.getEvents().size() - 1).getType()).isEqualTo("DEADLINE_PROVISIONAL");
    }

    @Test
    void aRecountedEvidencePeriodMovesTheCasesEvidencePeriodEndToo_CPL85() {
        DisputeCase c = inAnswerPeriod(shipped);
        // The clerk chooses Friday 1 January 2027 as the last day of the evidence period.
        c.openEvidencePeriod(CLERK, day("2026-12-10"), day("2027-01-01"), beijing("2026-12-10T10:00"), shipped);
        assertThat(c.getEvidencePeriodEnd()).isEqualTo(day("2027-01-01"));

        c.reviewProvisionalDeadlines(beijing("2026-12-20T08:00"), with2027);

        assertThat(c.getEvidencePeriodEnd()).isEqualTo(day("2027-01-04"));
        assertThat(c.openDeadlines()).extracting(Deadline::getKind, Deadline::getDueOn, Deadline::isProvisional)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.EVIDENCE_PERIOD, day("2027-01-04"), false));
    }

    @Test
    void aHearingIsNotCountedSoNeverProvisional() {
        DueDate hearing = new DueDate(day("2027-01-01"), beijing("2027-01-01T09:30"), "CPL art. 139");

        assertThat(hearing.provisional()).isFalse();
        assertThat(hearing.reckoning()).isNull();
    }

    /** A case filed on 2 November 2026 whose answer period runs, every step counted on {@code planner}. */
    private static DisputeCase inAnswerPeriod(DeadlinePlanner planner) {
        DisputeCase c = DisputeCase.file(TestFixtures.completeDetails(), TestFixtures.court(1, "BJIPC", "京73"),
                TestFixtures.user("counsel", 10, null, Role.COUNSEL), beijing("2026-11-02T10:00"), planner);
        c.accept(CLERK, "(2026)京73民初900号", beijing("2026-11-03T10:00"), planner);
        c.partiesAwaitingService().forEach(
                respondent -> c.recordService(CLERK, respondent, day("2026-11-04"), beijing("2026-11-04T16:00"), planner));
        c.openAnswerPeriod(CLERK, beijing("2026-11-04T16:05"), planner);
        return c;
    }

    /** The same case heard on 14 December, its judgment served on Thursday 17 December 2026. */
    private static DisputeCase inAppealWindow(DeadlinePlanner planner) {
        DisputeCase c = inAnswerPeriod(planner);
        c.openEvidencePeriod(CLERK, day("2026-11-20"), day("2026-12-07"), beijing("2026-11-20T10:00"), planner);
        c.closeEvidencePeriod(CLERK, beijing("2026-12-08T10:00"));
        c.scheduleHearing(CLERK, java.time.ZonedDateTime.of(2026, 12, 14, 9, 30, 0, 0, TestFixtures.SHANGHAI),
                beijing("2026-12-08T10:30"), planner);
        c.openHearing(JUDGE, beijing("2026-12-14T09:30"));
        c.enterJudgment(JUDGE, day("2026-12-15"), beijing("2026-12-15T15:00"), planner);
        c.partiesAwaitingDecisionService().forEach(
                party -> c.recordDecisionService(CLERK, party, SERVED_17_DECEMBER, beijing("2026-12-17T10:00"), planner));
        return c;
    }

    private static Deadline openAppeal(DisputeCase c) {
        return c.openDeadlines().stream().filter(d -> d.getKind() == DeadlineKind.APPEAL).findFirst().orElseThrow();
    }
}
