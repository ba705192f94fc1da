package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The years an administrator must give a holiday file: this year through the latest open deadline, and next year. */
class HolidayCoverageTest {

    @Test
    void thisYearAndNextMatterEvenWithoutOpenDeadlines() {
        assertThat(HolidayCoverage.yearsThatMatter(2026, Optional.empty())).containsExactly(2026, 2027);
    }

    @Test
    void everyYearUpToTheLatestOpenDeadlineMatters() {
        assertThat(HolidayCoverage.yearsThatMatter(2026, Optional.of(LocalDate.of(2029, 3, 1))))
                .containsExactly(2026, 2027, 2028, 2029);
    }

    @Test
    void anOverdueDeadlineFromAnEarlierYearAddsNoPastYear() {
        assertThat(HolidayCoverage.yearsThatMatter(2027, Optional.of(LocalDate.of(2026, 12, 1)))).containsExactly(2027, 2028);
    }
}
