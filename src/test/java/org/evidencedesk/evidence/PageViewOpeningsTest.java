package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;

/** One custody entry per opening of an item's pages: not one per page, and again after a pause. */
class PageViewOpeningsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T06:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final PageViewOpenings openings = new PageViewOpenings(clock);

    @Test
    void theFirstPageBeginsAnOpeningAndTheNextPagesBelongToIt() {
        assertThat(openings.begins("counsel", 7)).isTrue();
        for (int page = 2; page <= 200; page++) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(openings.begins("counsel", 7)).as("page %d", page).isFalse();
        }
    }

    @Test
    void anotherPersonOrAnotherItemIsAnotherOpening() {
        assertThat(openings.begins("counsel", 7)).isTrue();
        assertThat(openings.begins("defence", 7)).isTrue();
        assertThat(openings.begins("counsel", 8)).isTrue();
        assertThat(openings.begins("counsel", 7)).isFalse();
    }

    @Test
    void aReaderWhoPausesLongerThanHalfAnHourOpensTheItemAgain() {
        assertThat(openings.begins("counsel", 7)).isTrue();
        clock.advance(PageViewOpenings.PAUSE.minusSeconds(1));
        assertThat(openings.begins("counsel", 7)).as("within the pause").isFalse();
        clock.advance(PageViewOpenings.PAUSE.plusSeconds(1));
        assertThat(openings.begins("counsel", 7)).as("after the pause").isTrue();
    }
}
