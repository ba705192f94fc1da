package org.evidencedesk.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/**
 * The chain check over stored entries: format 2 entries (committed details, hash over the public header), format 1
 * entries written before V9 (hash over the whole entry), and chains that hold both, as every chain begun before V9 does.
 */
class ChainCheckTest {

    private final TestChains chains = mixedChain();
    private final List<CustodyEntry> chain = new ArrayList<>(chains.entries());

    /** Two entries written before V9, then three written since, linked on from them. */
    private static TestChains mixedChain() {
        TestChains chain = new TestChains(7);
        chain.appendFormat1("counsel", CustodyAction.SUBMITTED, 101L, Map.of("sha256", "ab1"));
        chain.appendFormat1("counsel", CustodyAction.TIMESTAMPED, 101L, Map.of("serial", "5"));
        chain.append("defence", CustodyAction.SUBMITTED, 102L, Map.of("sha256", "ab2", "file", "weights.bin"));
        chain.append("clerk", CustodyAction.STATUS_CHANGED, 102L, Map.of("status", "ADMITTED", "reason", "relevant"));
        chain.append("clerk", CustodyAction.CHECKPOINT, null, Map.of("sequence", 4L));
        return chain;
    }

    @Test
    void anIntactMixedChainHasNoProblems() {
        assertThat(chain.subList(0, 2)).allMatch(CustodyEntry::isFormat1);
        assertThat(chain.subList(2, 5)).noneMatch(CustodyEntry::isFormat1);
        assertThat(ChainCheck.problems(chain, 5, chains.head())).isEmpty();
        assertThat(ChainCheck.problems(List.of(), 0, CustodyEntry.GENESIS)).isEmpty();
    }

    @Test
    void aFormat1EntryKeepsTheHashItWasWrittenWith() {
        // SHA-256 of the canonical entry followed by 64 zeros, computed with printf and sha256sum.
        CustodyEntry written = TestChains.format1(7, 1, Instant.parse("2026-03-02T01:00:01Z"), "counsel",
                CustodyAction.SUBMITTED, 101L, Map.of("sha256", "ab1"), CustodyEntry.GENESIS);

        assertThat(written.getEntryHash()).isEqualTo("2b72ab0a2a5edeff4c9d324190085490fb84112826c537595b1e1e7e945e4840");
        assertThat(written.revealed()).isEmpty();
    }

    @Test
    void aFormat2EntryLinksToTheFormat1EntryBeforeIt() {
        assertThat(chain.get(2).getPreviousHash()).isEqualTo(chain.get(1).getEntryHash());
        assertThat(chain.get(0).getPreviousHash()).isEqualTo(CustodyEntry.GENESIS);
    }

    @Test
    void anEditedFormat1EntryIsFound() {
        Entities.set(chain.get(1), "detail", "{\"serial\":\"6\"}");

        assertThat(ChainCheck.problems(chain, 5, chains.head())).containsExactly("entry 2 was changed after it was written");
    }

    @Test
    void anEditedDetailOfAFormat2EntryNoLongerMatchesItsCommitment() {
        Entities.set(chain.get(3), "detail", "{\"reason\":\"irrelevant\",\"status\":\"EXCLUDED\"}");

        assertThat(ChainCheck.problems(chain, 5, chains.head())).containsExactly("the details of entry 4 do not match its commitment");
    }

    @Test
    void anEditedActorItemOrSaltOfAFormat2EntryIsFoundToo() {
        Entities.set(chain.get(2), "actor", "counsel");
        Entities.set(chain.get(3), "itemId", 101L);
        Entities.set(chain.get(4), "salt", "0".repeat(32));

        assertThat(ChainCheck.problems(chain, 5, chains.head())).containsExactly(
                "the details of entry 3 do not match its commitment",
                "the details of entry 4 do not match its commitment",
                "the details of entry 5 do not match its commitment");
    }

    @Test
    void anEditedCommitmentOrTimeBreaksTheHash() {
        Entities.set(chain.get(2), "commitment", "f".repeat(64));
        Entities.set(chain.get(3), "occurredAt", Instant.parse("2026-03-01T00:00:00Z"));

        assertThat(ChainCheck.problems(chain, 5, chains.head())).containsExactly(
                "entry 3 was changed after it was written", "the details of entry 3 do not match its commitment",
                "entry 4 was changed after it was written");
    }

    @Test
    void aDeletedEntryIsFound() {
        chain.remove(2);

        assertThat(ChainCheck.problems(chain, 5, chains.head()))
                .containsExactly("entry 3 is missing (found 4 next)", "entry 4 does not link to the entry before it");
    }

    @Test
    void reorderedEntriesAreFound() {
        Collections.swap(chain, 2, 3);

        assertThat(ChainCheck.problems(chain, 5, chains.head())).contains(
                "entry 3 is missing (found 4 next)", "entry 3 is out of order (it comes after entry 4)",
                "entry 4 does not link to the entry before it", "entry 5 does not link to the entry before it");
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheHead() {
        chain.remove(4);

        assertThat(ChainCheck.problems(chain, 5, chains.head())).hasSize(1).first().asString().contains("head says 5");
    }

    @Test
    void theTimeIsKeptToTheMillisecondSoThatAReadBackEntryHashesTheSame() {
        CustodyEntry entry = new CustodyEntry(7, 1, Instant.parse("2026-03-02T01:00:00.123456789Z"), "counsel",
                CustodyAction.VIEWED, null, Map.of(), CustodyCommitment.newSalt(), CustodyEntry.GENESIS);

        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00.123Z"));
        assertThat(entry.computeHash()).isEqualTo(entry.getEntryHash());
    }
}
