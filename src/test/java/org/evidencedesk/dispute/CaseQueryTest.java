package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case list's filing days, as the list page and the API give them, become the court's whole days. */
class CaseQueryTest {

    private final DeadlinePlanner planner = TestFixtures.planner();

    @Test
    void filingDaysAreWholeDaysOfTheCourtBothIncluded() {
        CaseQuery query = CaseQuery.filedOnDays(null, Set.of(), null, null, null, TestFixtures.day("2026-03-02"),
                TestFixtures.day("2026-03-04"), null, false, planner);

        assertThat(query.filedFrom()).isEqualTo(TestFixtures.beijing("2026-03-02T00:00"));
        assertThat(query.filedBefore()).isEqualTo(TestFixtures.beijing("2026-03-05T00:00"));
        assertThat(query.sortField()).isEqualTo(CaseQuery.SortField.FILED_AT);
    }

    @Test
    void anOpenEndDoesNotFilter() {
        CaseQuery query = CaseQuery.filedOnDays("x", Set.of(CaseStatus.ACCEPTED), IpType.PATENT, null, null, null, null,
                CaseQuery.SortField.TITLE, true, planner);

        assertThat(query.filedFrom()).isNull();
        assertThat(query.filedBefore()).isNull();
        assertThat(query.statuses()).containsExactly(CaseStatus.ACCEPTED);
    }
}
