package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The watermark's words: the viewer by login and name, the case and exhibit, the time in the court's zone. */
class WatermarkTest {

    private static final ZoneId COURT = ZoneId.of("Asia/Shanghai");

    @Test
    void itNamesTheViewerTheCaseAndTheTimeInTheCourtsZone() {
        Watermark watermark = new Watermark("counsel", "Zhang Wei (Claimant counsel)",
                Instant.parse("2026-03-02T06:05:09Z").atZone(COURT), "(2026)浙01知民初17号", "D-003");

        assertThat(watermark.lines()).containsExactly("counsel · Zhang Wei (Claimant counsel)", "(2026)浙01知民初17号 · D-003",
                "2026-03-02 14:05:09 +08:00 (Asia/Shanghai)");
    }

    @Test
    void withoutADisplayNameTheLoginStandsAlone() {
        Instant at = Instant.parse("2026-03-02T06:05:09Z");
        assertThat(new Watermark("counsel", null, at.atZone(COURT), "C", "D-1").lines().get(0)).isEqualTo("counsel");
        assertThat(new Watermark("counsel", "counsel", at.atZone(COURT), "C", "D-1").lines().get(0)).isEqualTo("counsel");
    }
}
