package org.evidencedesk.api.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.bundle.export.BundleSelection;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceStatus;
import org.junit.jupiter.api.Test;

/** The export's query makes the export page's selections, and nothing else. */
class ExportSelectionTest {

    @Test
    void noChoiceIsEveryItem() {
        assertThat(ExportSelection.of(null, "", List.of())).isEqualTo(BundleSelection.all());
        assertThat(ExportSelection.of(" ", null, null)).isEqualTo(BundleSelection.all());
    }

    @Test
    void aSideAStatusOrItemsByIdCommaSeparatedOrRepeated() {
        assertThat(ExportSelection.of("RESPONDENT", null, null))
                .isEqualTo(new BundleSelection(BundleSelection.Kind.SIDE, Side.RESPONDENT, null, Set.of()));
        assertThat(ExportSelection.of(null, "ADMITTED", null))
                .isEqualTo(new BundleSelection(BundleSelection.Kind.STATUS, null, EvidenceStatus.ADMITTED, Set.of()));
        assertThat(ExportSelection.of(null, null, List.of("12, 15", "17")))
                .isEqualTo(new BundleSelection(BundleSelection.Kind.HAND, null, null, Set.of(12L, 15L, 17L)));
    }

    @Test
    void twoChoicesOrOneThatDoesNotExistIsABadRequest() {
        for (List<String> query : List.of(Arrays.asList("CLAIMANT", "ADMITTED", null), Arrays.asList("CLAIMANT", null, "3"),
                Arrays.asList("claimant", null, null), Arrays.asList(null, "LOST", null), Arrays.asList(null, null, "P-001"))) {
            assertThatThrownBy(() -> ExportSelection.of(query.get(0), query.get(1), query.get(2) == null ? null : List.of(query.get(2))))
                    .as("%s", query).isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.messageKey()).isEqualTo("api.bundle.selection");
                    });
        }
    }
}
