package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The confidentiality an item produced under an order gets from the level its producer chose. */
class ProductionTest {

    @Test
    void protectedEvidenceIsNeverMoreOpenThanCounselOnly() {
        for (ProtectiveMeasures measures : new ProtectiveMeasures[] {
                new ProtectiveMeasures(7L, true, false, Set.of()),
                new ProtectiveMeasures(7L, false, true, Set.of()),
                new ProtectiveMeasures(7L, false, false, Set.of("counsel"))}) {
            Production production = new Production(3L, measures);
            assertThat(production.confidentialityFor(Confidentiality.PUBLIC_RECORD)).isEqualTo(Confidentiality.COUNSEL_ONLY);
            assertThat(production.confidentialityFor(Confidentiality.PARTIES)).isEqualTo(Confidentiality.COUNSEL_ONLY);
            assertThat(production.confidentialityFor(Confidentiality.COUNSEL_ONLY)).isEqualTo(Confidentiality.COUNSEL_ONLY);
            assertThat(production.confidentialityFor(Confidentiality.COURT_ONLY))
                    .as("never opened up either").isEqualTo(Confidentiality.COURT_ONLY);
        }
    }

    @Test
    void unprotectedProductionKeepsTheChosenLevel() {
        Production withoutMeasures = new Production(3L, null);
        Production withNoMeasureSet = new Production(3L, new ProtectiveMeasures(7L, false, false, Set.of()));
        for (Confidentiality chosen : Confidentiality.values()) {
            assertThat(withoutMeasures.confidentialityFor(chosen)).isEqualTo(chosen);
            assertThat(withNoMeasureSet.confidentialityFor(chosen)).isEqualTo(chosen);
        }
    }
}
