package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which cases take evidence, for every status: the case page offers Submit evidence and the intake accepts it by
 * {@link DisputeCase#acceptsEvidence()}, so a status listed wrongly here is a button that lies or an upload refused.
 */
class AcceptsEvidenceTest {

    private static final Set<CaseStatus> REFUSING = EnumSet.of(CaseStatus.NOT_ACCEPTED, CaseStatus.APPEALED,
            CaseStatus.CLOSED, CaseStatus.WITHDRAWN);

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void aCaseTakesEvidenceUnlessFinishedOrWithdrawn(CaseStatus status) {
        DisputeCase disputeCase = Entities.set(Entities.instantiate(DisputeCase.class), "status", status);
        assertThat(disputeCase.acceptsEvidence()).as(status.name()).isEqualTo(!REFUSING.contains(status));
    }
}
