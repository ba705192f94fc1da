package org.evidencedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.WorkingCalendar;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The demo seeds its cases at every start, so each date it asks for must pass the workflow's checks on any day. */
class DemoScheduleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final DeadlinePlanner planner =
            new DeadlinePlanner(WorkingCalendar.load(Path.of("config", "holidays")), BEIJING);

    @Test
    void everyDateTheDemoAsksForIsAllowedOnEveryDayOfTwoYears() {
        // 2026 has a holiday file (the Spring Festival, National Day); 2027 has none, so only weekends rest there.
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(1)) {
            DemoSchedule schedule = DemoSchedule.on(today, planner);
            LocalDate day = today;
            assertThatCode(() -> planner.checkEvidencePeriodEnd(day, schedule.tradeSecretEvidenceEnd()))
                    .as("trade-secret evidence period opened on %s", day).doesNotThrowAnyException();
            assertThatCode(() -> planner.checkEvidencePeriodEnd(day, schedule.modelEvidenceEnd()))
                    .as("model evidence period opened on %s", day).doesNotThrowAnyException();
            assertThat(schedule.hearing().withZoneSameInstant(BEIJING).toLocalDate())
                    .as("hearing noticed on %s (CPL art. 139)", day)
                    .isAfterOrEqualTo(planner.earliestHearingDay(day));
        }
    }

    @Test
    void onTheDayTheDemoFailedTheFifteenthDayIsASaturdayAndTheSchedulesPeriodRunsToMonday() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThatThrownBy(() -> planner.checkEvidencePeriodEnd(friday, friday.plusDays(15)))
                .isInstanceOf(BusinessException.class);
        assertThat(DemoSchedule.on(friday, planner).modelEvidenceEnd()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void onAnOrdinaryDayTheDemoKeepsItsRoundNumbersOfDays() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        DemoSchedule schedule = DemoSchedule.on(monday, planner);
        assertThat(schedule.modelEvidenceEnd()).isEqualTo(monday.plusDays(15));
        assertThat(schedule.tradeSecretEvidenceEnd()).isEqualTo(monday.plusDays(20));
        assertThat(schedule.hearing().toLocalDateTime()).isEqualTo(monday.plusDays(10).atTime(9, 30));
    }
}
