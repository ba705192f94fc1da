package org.evidencedesk.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencedesk.dispute.CaseQuery;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.dispute.DisputeCases;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.web.CurrentUser;
import org.junit.jupiter.api.Test;

/**
 * The case list's count: a list of filters alone is counted whole; a search of words or a party's name up to
 * {@link CasesPage#TEXT_SEARCH_COUNT_LIMIT}, beyond which the list pages through that many and says "more than".
 */
class CasesPageTest {

    private static final CaseViewer CLERK = new CaseViewer(20L, "clerk", 1L, true, Set.of(MemberRole.CLERK));

    private final List<String> asked = new ArrayList<>();
    private long found;
    private final CasesPage page = new CasesPage();

    @Test
    void aListOfFiltersAloneIsCountedWhole() throws Exception {
        found = 40_012;

        assertThat(count()).isEqualTo(40_012);
        assertThat(page.isCountCapped()).isFalse();
        assertThat(asked).containsExactly("count");
    }

    @Test
    void aSearchThatFindsMoreThanTheLimitIsCountedToItAndSaysSo() throws Exception {
        found = CasesPage.TEXT_SEARCH_COUNT_LIMIT + 1;
        page.setPartyName("科技");

        assertThat(count()).isEqualTo(CasesPage.TEXT_SEARCH_COUNT_LIMIT);
        assertThat(page.isCountCapped()).isTrue();
        assertThat(asked).containsExactly("countUpTo " + (CasesPage.TEXT_SEARCH_COUNT_LIMIT + 1));
    }

    @Test
    void aSearchThatFindsNoMoreThanTheLimitIsCountedExactly() throws Exception {
        page.setSearch("patent");

        found = CasesPage.TEXT_SEARCH_COUNT_LIMIT;
        assertThat(count()).isEqualTo(CasesPage.TEXT_SEARCH_COUNT_LIMIT);
        assertThat(page.isCountCapped()).isFalse();

        found = 37;
        assertThat(count()).isEqualTo(37);
        assertThat(page.isCountCapped()).isFalse();
    }

    @Test
    void aSearchOfBlanksIsNoSearch() throws Exception {
        found = 12;
        page.setSearch("  ");
        page.setPartyName("");

        assertThat(count()).isEqualTo(12);
        assertThat(asked).containsExactly("count");
    }

    /** The page's count as its table asks for it, with the lists' store and the user in place of the container's. */
    private int count() throws Exception {
        inject("cases", new DisputeCases() {
            @Override
            public long count(CaseQuery query, CaseViewer viewer) {
                assertThat(viewer).isEqualTo(CLERK);
                asked.add("count");
                return found;
            }

            @Override
            public long countUpTo(CaseQuery query, CaseViewer viewer, int limit) {
                assertThat(viewer).isEqualTo(CLERK);
                asked.add("countUpTo " + limit);
                return Math.min(found, limit);
            }
        });
        inject("currentUser", new CurrentUser() {
            @Override
            public CaseViewer viewer() {
                return CLERK;
            }
        });
        return page.getModel().count(Map.of());
    }

    private void inject(String name, Object value) throws ReflectiveOperationException {
        Field field = CasesPage.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(page, value);
    }
}
