package org.evidencedesk.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.evidencedesk.api.ApiProblem;
import org.junit.jupiter.api.Test;

class ApplicationBodyTest {

    /** JSON-B keeps a null in a list of numbers; the workflow would look it up and fail (a 500). Refused at the boundary. */
    @Test
    void aNullAmongThePreliminaryItemIdsIsABadRequest() {
        assertThatThrownBy(() -> body(Arrays.asList(44L, null)).preliminary())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.messageKey()).isEqualTo("api.disclosure.preliminaryItemIds");
                });
    }

    @Test
    void idsAreTakenAsSentAndNoneIsAnEmptyList() {
        assertThat(body(List.of(44L, 45L)).preliminary()).containsExactly(44L, 45L);
        assertThat(body(null).preliminary()).isEmpty();
    }

    private static ApplicationBody body(List<Long> preliminaryItemIds) {
        return new ApplicationBody("ipe-24-26@1", "Ranking logs", "The ranking was copied", "They run it", "Only they have it",
                false, null, preliminaryItemIds, false);
    }
}
