package org.evidencedesk.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    private final List<CustodyEntry> chain = chainOf(4);

    @Test
    void anIntactChainHasNoProblems() {
        assertThat(ChainCheck.problems(chain, 4, last().getEntryHash())).isEmpty();
        assertThat(ChainCheck.problems(List.of(), 0, CustodyEntry.GENESIS)).isEmpty();
    }

    @Test
    void eachEntryCoversItsContentAndThePreviousHash() {
        assertThat(chain.get(1).getPreviousHash()).isEqualTo(chain.get(0).getEntryHash());
        assertThat(chain.get(0).getPreviousHash()).isEqualTo(CustodyEntry.GENESIS);
        assertThat(chain.get(0).getEntryHash()).matches("[0-9a-f]{64}").isNotEqualTo(chain.get(1).getEntryHash());
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        set(chain.get(1), "detail", "{\"sha256\":\"forged\"}");

        assertThat(ChainCheck.problems(chain, 4, last().getEntryHash()))
                .containsExactly("entry 2 was changed after it was written");
    }

    @Test
    void aDeletedEntryIsFound() {
        chain.remove(2);

        assertThat(ChainCheck.problems(chain, 4, last().getEntryHash()))
                .contains("entry 3 is missing (found 4 next)", "entry 4 does not link to the entry before it");
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheHead() {
        String head = last().getEntryHash();
        chain.remove(3);

        assertThat(ChainCheck.problems(chain, 4, head)).hasSize(1).first().asString().contains("head says 4");
    }

    @Test
    void theTimeIsKeptToTheMillisecondSoThatAReadBackEntryHashesTheSame() {
        CustodyEntry entry = new CustodyEntry(7, 1, Instant.parse("2026-03-02T01:00:00.123456789Z"), "counsel",
                CustodyAction.VIEWED, null, Map.of(), CustodyEntry.GENESIS);

        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00.123Z"));
        assertThat(entry.computeHash()).isEqualTo(entry.getEntryHash());
    }

    @Test
    void theExportedLineCarriesBothHashes() {
        assertThat(chain.get(0).jsonLine())
                .startsWith("{\"action\":\"SUBMITTED\",\"actor\":\"counsel\"")
                .endsWith("\"previousHash\":\"" + CustodyEntry.GENESIS + "\",\"hash\":\"" + chain.get(0).getEntryHash() + "\"}");
    }

    private CustodyEntry last() {
        return chain.get(chain.size() - 1);
    }

    private static List<CustodyEntry> chainOf(int length) {
        List<CustodyEntry> entries = new ArrayList<>();
        String previous = CustodyEntry.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            CustodyEntry entry = new CustodyEntry(7, sequence, Instant.parse("2026-03-02T01:00:00Z").plusSeconds(sequence),
                    "counsel", CustodyAction.SUBMITTED, 100L + sequence, Map.of("sha256", "ab" + sequence), previous);
            entries.add(entry);
            previous = entry.getEntryHash();
        }
        return entries;
    }

    private static void set(CustodyEntry entry, String field, Object value) throws Exception {
        Field declared = CustodyEntry.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(entry, value);
    }
}
