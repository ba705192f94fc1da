package org.evidencedesk.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.shared.CanonicalJson;
import org.junit.jupiter.api.Test;

/**
 * A chain against its latest signed checkpoint: what the database alone cannot show, a tail deleted with its head
 * row rewound to match, or a chain rewritten from an entry on, is found, because the checkpoint's signature does not
 * come from the database.
 */
class CheckpointCheckTest {

    private static final Instant SIGNED = Instant.parse("2026-03-03T19:00:00Z");

    private final TestChains chains = sixEntries();
    private final List<CustodyEntry> chain = new ArrayList<>(chains.entries());

    private static TestChains sixEntries() {
        TestChains chain = new TestChains(7);
        chain.appendFormat1("counsel", CustodyAction.SUBMITTED, 101L, Map.of("sha256", "ab1"));
        chain.append("defence", CustodyAction.SUBMITTED, 102L, Map.of("sha256", "ab2"));
        chain.append("clerk", CustodyAction.STATUS_CHANGED, 102L, Map.of("status", "ADMITTED"));
        chain.append("judge", CustodyAction.VIEWED, 102L, Map.of());
        chain.append("integrity-sweep", CustodyAction.CHECKPOINT, null, Map.of("sequence", 4L));
        chain.append("judge", CustodyAction.VIEWED, 101L, Map.of());
        return chain;
    }

    /** The statement as {@link CustodyCheckpoints} signs it, over the chain's entry {@code sequence}. */
    private CheckpointStatement signedAt(long sequence, Optional<String> signatureProblem) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("case", 7L);
        statement.put("sequence", sequence);
        statement.put("head", sequence == 0 ? ChainCheck.GENESIS : chain.get((int) sequence - 1).getEntryHash());
        statement.put("at", SIGNED.toString());
        return CheckpointStatement.parse(CanonicalJson.write(statement), signatureProblem);
    }

    @Test
    void aChainThatHoldsWhatItsCheckpointSignedHasNoProblems() {
        CheckpointStatement checkpoint = signedAt(4, Optional.empty());

        assertThat(CheckpointCheck.problems(7, chain, checkpoint)).isEmpty();
        assertThat(CheckpointCheck.problems(7, List.of(), signedAt(0, Optional.empty()))).isEmpty();
    }

    @Test
    void aDeletedTailWithTheHeadRewoundPassesTheHeadButNotTheCheckpoint() {
        CheckpointStatement checkpoint = signedAt(4, Optional.empty());
        List<CustodyEntry> truncated = chain.subList(0, 3);
        String rewoundHead = truncated.get(2).getEntryHash();

        assertThat(ChainCheck.problems(truncated, 3, rewoundHead)).isEmpty();
        assertThat(CheckpointCheck.problems(7, truncated, checkpoint)).containsExactly(
                "entry 4, covered by the checkpoint signed at 2026-03-03T19:00:00Z, is missing: the chain ends at entry 3");
    }

    @Test
    void aChainRewrittenFromACoveredEntryOnIsFound() {
        CheckpointStatement checkpoint = signedAt(4, Optional.empty());
        TestChains rewritten = new TestChains(7);
        rewritten.appendFormat1("counsel", CustodyAction.SUBMITTED, 101L, Map.of("sha256", "ab1"));
        rewritten.append("defence", CustodyAction.SUBMITTED, 102L, Map.of("sha256", "ab2"));
        rewritten.append("clerk", CustodyAction.STATUS_CHANGED, 102L, Map.of("status", "EXCLUDED"));
        rewritten.append("judge", CustodyAction.VIEWED, 102L, Map.of());

        assertThat(ChainCheck.problems(rewritten.entries(), 4, rewritten.head())).isEmpty();
        assertThat(CheckpointCheck.problems(7, rewritten.entries(), checkpoint)).containsExactly(
                "entry 4 is not the entry the checkpoint signed at 2026-03-03T19:00:00Z covers: the chain was changed up to it");
    }

    @Test
    void aCheckpointWhoseSignatureDoesNotVerifyIsReportedAndNotTrusted() {
        CheckpointStatement forged = signedAt(2, Optional.of("the signature value does not verify with the signer's key"));

        assertThat(CheckpointCheck.problems(7, chain, forged)).containsExactly(
                "the latest checkpoint's signature does not verify (the signature value does not verify with the signer's key)");
    }

    @Test
    void aCheckpointOfAnotherCaseIsReported() {
        CheckpointStatement checkpoint = signedAt(4, Optional.empty());

        assertThat(CheckpointCheck.problems(8, chain, checkpoint)).containsExactly("the latest checkpoint was signed for case 7");
    }

    @Test
    void aStatementIsReadOnlyInTheCanonicalFormThatIsSigned() {
        CheckpointStatement read = signedAt(4, Optional.empty());

        assertThat(read.caseId()).isEqualTo(7);
        assertThat(read.sequence()).isEqualTo(4);
        assertThat(read.head()).isEqualTo(chain.get(3).getEntryHash());
        assertThat(read.signedAt()).isEqualTo(SIGNED);
        assertThatThrownBy(() -> CheckpointStatement.parse("{\"case\":7}", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
