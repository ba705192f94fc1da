package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PeriodCounterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final PeriodCounter deadlines = new PeriodCounter(WorkingCalendarTest.SHIPPED);

    @Test
    void theEventDayIsNotCountedAndAWeekdayEndStays() {
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 3, 2), StatutoryPeriod.ANSWER))
                .isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aPeriodEndingInTheSpringFestivalEndsOnTheFirstDayBackAtWork() {
        // Served on Tuesday 3 February: day 15 is 18 February, inside the 15–23 February holiday.
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 2, 3), StatutoryPeriod.ANSWER))
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aPeriodEndingOnAWeekendEndsOnMonday() {
        // Day 7 after Saturday 7 March is Saturday 14 March.
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 3, 7), StatutoryPeriod.ACCEPTANCE))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aPeriodEndingOnAMakeUpWorkingSaturdayIsNotExtended() {
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 1, 30), 15)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 2, 13), 15)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 9, 30), StatutoryPeriod.APPEAL_RULING))
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aPeriodEndingInNationalDayEndsOnTheEighthOfOctober() {
        // Judgment served on Sunday 20 September (a working day): day 15 is 5 October.
        assertThat(deadlines.periodEnd(LocalDate.of(2026, 9, 20), StatutoryPeriod.APPEAL_JUDGMENT))
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void anEventJustAfterMidnightInBeijingBelongsToTheBeijingDay() {
        LocalDate eventDay = PeriodCounter.dayOf(Instant.parse("2026-03-01T16:30:00Z"), SHANGHAI);

        assertThat(eventDay).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(deadlines.periodEnd(eventDay, StatutoryPeriod.ACCEPTANCE)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void theCourtsDateNotTheUtcDateDecidesTheDeadline() {
        // 00:30 on Wednesday 4 March in Beijing is still Tuesday 3 March in UTC, which would end a day early.
        LocalDate eventDay = PeriodCounter.dayOf(Instant.parse("2026-03-03T16:30:00Z"), SHANGHAI);

        assertThat(deadlines.periodEnd(eventDay, StatutoryPeriod.ACCEPTANCE)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void theLastDayEndsAtMidnightInTheCourtsZone() {
        assertThat(PeriodCounter.endInstant(LocalDate.of(2026, 2, 24), SHANGHAI))
                .isEqualTo(Instant.parse("2026-02-24T16:00:00Z"));
        assertThat(PeriodCounter.endInstant(LocalDate.of(2026, 2, 24), ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-02-25T00:00:00Z"));
    }

    @Test
    void aHearingNeedsThreeClearDaysAfterTheNotice() {
        assertThat(PeriodCounter.earliestHearingDay(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void theEarliestHearingDayIsNotMovedOffRestDays() {
        // Notice on Tuesday 3 March: the earliest day is Saturday 7 March, and stays so.
        assertThat(PeriodCounter.earliestHearingDay(LocalDate.of(2026, 3, 3))).isEqualTo(LocalDate.of(2026, 3, 7));
        // Notice on Friday 6 March: the three clear days are Saturday to Monday, so Tuesday 10 March.
        assertThat(PeriodCounter.earliestHearingDay(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 10));
        // Notice on Monday 28 September: the earliest day is 2 October, a holiday, and stays so.
        assertThat(PeriodCounter.earliestHearingDay(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void anEvidencePeriodWhoseFifteenthDayIsASaturdayEndsNoEarlierThanTheMonday() {
        // Opened on Friday 4 December 2026 (the demo's day that refused to start): the 19th is a Saturday.
        assertThat(deadlines.earliestEvidencePeriodEnd(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThatThrownBy(() -> deadlines.checkEvidencePeriodEnd(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 19)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void anEvidencePeriodOfFifteenDaysIsAccepted() {
        assertThat(deadlines.earliestEvidencePeriodEnd(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThatCode(() -> deadlines.checkEvidencePeriodEnd(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 17)))
                .doesNotThrowAnyException();
        assertThatCode(() -> deadlines.checkEvidencePeriodEnd(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30)))
                .doesNotThrowAnyException();
    }

    @Test
    void aShorterEvidencePeriodIsRefusedWithTheEarliestEnd() {
        assertThatThrownBy(() -> deadlines.checkEvidencePeriodEnd(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("deadline.evidencePeriodTooShort");
                    assertThat(e.arguments()).containsExactly(15, LocalDate.of(2026, 3, 17));
                });
    }

    @Test
    void theEvidencePeriodMinimumAlsoRollsOverHolidays() {
        assertThatThrownBy(() -> deadlines.checkEvidencePeriodEnd(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 23)))
                .isInstanceOf(BusinessException.class);
        assertThatCode(() -> deadlines.checkEvidencePeriodEnd(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 24)))
                .doesNotThrowAnyException();
    }

    @Test
    void aPeriodOfNoDaysIsAProgrammingError() {
        assertThatThrownBy(() -> deadlines.periodEnd(LocalDate.of(2026, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStatutoryPeriodsCarryTheirDaysAndRule() {
        assertThat(StatutoryPeriod.ACCEPTANCE.days()).isEqualTo(7);
        assertThat(StatutoryPeriod.ACCEPTANCE.legalBasis()).isEqualTo("CPL art. 126");
        assertThat(StatutoryPeriod.SERVICE.days()).isEqualTo(5);
        assertThat(StatutoryPeriod.ANSWER_NO_DOMICILE.days()).isEqualTo(30);
        assertThat(StatutoryPeriod.ANSWER_NO_DOMICILE.legalBasis()).isEqualTo("CPL art. 285");
        assertThat(StatutoryPeriod.EVIDENCE_PERIOD_MINIMUM.legalBasis()).isEqualTo("CE art. 51");
        assertThat(StatutoryPeriod.APPEAL_RULING.days()).isEqualTo(10);
        assertThat(StatutoryPeriod.APPEAL_NO_DOMICILE.legalBasis()).isEqualTo("CPL art. 286");
    }

    @Test
    void thePlannerMarksACountThatLooksAtAYearWithoutFileProvisional_CPL85() {
        DeadlinePlanner planner = new DeadlinePlanner(WorkingCalendarTest.SHIPPED, SHANGHAI);

        // Served Thursday 17 December 2026: day 15 is Friday 1 January 2027, a year without a file.
        DueDate provisional = planner.statutory(StatutoryPeriod.APPEAL_JUDGMENT, LocalDate.of(2026, 12, 17));
        // Served Wednesday 16 December: day 15 is Thursday 31 December 2026, a working day in the 2026 file.
        DueDate certain = planner.statutory(StatutoryPeriod.APPEAL_JUDGMENT, LocalDate.of(2026, 12, 16));

        assertThat(provisional.provisional()).isTrue();
        assertThat(certain.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(certain.provisional()).isFalse();
    }

    @Test
    void aRecountFromTheSameReckoningGivesTheSameDueDate() {
        DeadlinePlanner planner = new DeadlinePlanner(WorkingCalendarTest.SHIPPED, SHANGHAI);
        DueDate first = planner.statutory(StatutoryPeriod.ANSWER, LocalDate.of(2026, 2, 3));

        assertThat(planner.reckon(first.reckoning(), first.basis())).isEqualTo(first);
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2026, 2, 24));
    }
}
