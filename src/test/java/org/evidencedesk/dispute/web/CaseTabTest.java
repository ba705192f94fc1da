package org.evidencedesk.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTabTest {

    @ParameterizedTest
    @EnumSource(CaseTab.class)
    void eachTabIsOpenedByItsOwnParameter(CaseTab tab) {
        assertThat(CaseTab.named(tab.parameter())).isEqualTo(tab);
        assertThat(CaseTab.at(tab.ordinal())).isEqualTo(tab);
    }

    @Test
    void theParameterIsReadInAnyCaseAndWithoutSurroundingSpace() {
        assertThat(CaseTab.named(" Custody ")).isEqualTo(CaseTab.CUSTODY);
        assertThat(CaseTab.named("EVIDENCE")).isEqualTo(CaseTab.EVIDENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evidenceTab", "custody;drop", "<script>", "0", "ｃｕｓｔｏｄｙ"})
    void aNameOfNoTabOpensTheOverview(String name) {
        assertThat(CaseTab.named(name)).isEqualTo(CaseTab.OVERVIEW);
    }

    @Test
    void noNameOpensTheOverview() {
        assertThat(CaseTab.named(null)).isEqualTo(CaseTab.OVERVIEW);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void aPositionThePageDoesNotHaveIsTheOverview(int index) {
        assertThat(CaseTab.at(index)).isEqualTo(CaseTab.OVERVIEW);
    }

    @Test
    void theTabsAreInThePagesOrder() {
        assertThat(CaseTab.values()).extracting(CaseTab::parameter)
                .containsExactly("overview", "evidence", "disclosure", "deadlines", "members", "custody", "timeline");
    }
}
