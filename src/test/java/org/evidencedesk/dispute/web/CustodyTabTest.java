package org.evidencedesk.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyAudience;
import org.evidencedesk.custody.CustodyEntry;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.CustodyRow;
import org.evidencedesk.custody.TestChains;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseCapacity;
import org.junit.jupiter.api.Test;

/** The custody tab asks the log for the page the table shows, never the whole chain. */
class CustodyTabTest {

    private static final long CASE_ID = 7;

    @Test
    void theTabAsksForOnePageAndCountsTheWholeChain() {
        RecordingLog log = new RecordingLog(10_000);
        CustodyTab tab = new CustodyTab(log, CASE_ID, "clerk");

        List<CustodyRow> second = tab.load(50, 50, Map.of(), Map.of());

        assertThat(tab.count(Map.of())).isEqualTo(10_000);
        assertThat(second).extracting(CustodyRow::getSequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(51, 100).boxed().toList());
        assertThat(log.pagesAsked).containsExactly("50+50");
        assertThat(tab.getRowKey(second.get(0))).isEqualTo("51");
    }

    /** A log of a given length that answers pages and remembers which it was asked for. */
    private static final class RecordingLog extends CustodyLog {

        private final List<CustodyEntry> entries;
        private final List<String> pagesAsked = new ArrayList<>();

        RecordingLog(int length) {
            TestChains chain = new TestChains(CASE_ID);
            for (int i = 0; i < length; i++) {
                chain.append("clerk", CustodyAction.CHECKPOINT, null, Map.of("sequence", i));
            }
            entries = chain.entries();
        }

        @Override
        public List<CustodyRow> rows(long caseId, String username, int first, int size) {
            pagesAsked.add(first + "+" + size);
            return CustodyAudience.of(new CaseActor(username, EnumSet.of(CaseCapacity.COURT_CLERK)), List.of())
                    .rows(entries.subList(first, Math.min(entries.size(), first + size)));
        }

        @Override
        public long count(long caseId, String username) {
            return caseId == CASE_ID ? entries.size() : 0;
        }
    }
}
