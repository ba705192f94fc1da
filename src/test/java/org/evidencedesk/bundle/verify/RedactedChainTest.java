package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.evidencedesk.custody.ChainCheck;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.TestChains;
import org.junit.jupiter.api.Test;

/**
 * An exported custody log as a recipient's verifier reads it: entries of both formats, some withheld, every link
 * checked, every revealed entry's details checked; and each kind of tampering named.
 */
class RedactedChainTest {

    /** Entries 1 and 2 written before V9, 3 to 6 since; 2 and 4 concern a court-only item and are withheld. */
    private final TestChains chain = new TestChains(7);
    private final Set<Long> withheld = Set.of(2L, 4L);
    private final List<String> lines;

    RedactedChainTest() {
        chain.appendFormat1("counsel", CustodyAction.SUBMITTED, 1L, Map.of("exhibit", "P-001", "sha256", "ab"));
        chain.appendFormat1("defence", CustodyAction.SUBMITTED, 3L, Map.of("exhibit", "D-002", "file", "weights.bin"));
        chain.append("counsel", CustodyAction.VIEWED, 1L, Map.of("exhibit", "P-001", "what", "page"));
        chain.append("defence", CustodyAction.SUBMITTED, 4L, Map.of("exhibit", "D-003", "file", "secret.bin", "size", 97531L));
        chain.append("clerk", CustodyAction.STATUS_CHANGED, 1L, Map.of("exhibit", "P-001", "status", "ADMITTED", "reason", "ok"));
        chain.append("clerk", CustodyAction.CHECKPOINT, null, Map.of("sequence", 5L, "head", "ab"));
        lines = new ArrayList<>(chain.exported(entry -> !withheld.contains(entry.getSequence())).lines().toList());
    }

    @Test
    void aRedactedMixedChainChecksLinkByLinkAndSaysWhatWasWithheld() {
        RedactedChain read = read(lines);

        assertThat(ChainCheck.problems(read.links(), 6, chain.head())).isEmpty();
        assertThat(read.withheld()).isEqualTo(2);
        assertThat(read.withheldUncheckable()).as("the format 1 entry withheld").isEqualTo(1);
        assertThat(String.join("\n", lines)).doesNotContain("weights.bin", "secret.bin", "D-002", "D-003", "97531", "defence");
    }

    @Test
    void theFullLogOfTheCourtChecksTheSameWay() {
        RedactedChain read = RedactedChain.parse(chain.exported(entry -> true));

        assertThat(ChainCheck.problems(read.links(), 6, chain.head())).isEmpty();
        assertThat(read.withheld()).isZero();
    }

    /**
     * A bundle export names every item it carried by id: a case's 10,002 items are one array of 10,002 in one line. A
     * line may list as many ids as a bundle may carry items (the manifest's cap), no more.
     */
    @Test
    void anExportNamingAsManyItemsAsABundleMayCarryIsReadAndOneMoreIsRefused() {
        TestChains large = new TestChains(7);
        int items = 12_000;
        large.append("counsel", CustodyAction.BUNDLE_EXPORTED, null,
                Map.of("itemIds", LongStream.rangeClosed(1, items).boxed().toList(), "selection", "all"));
        String log = large.exported(entry -> true);

        RedactedChain read = RedactedChain.parse(log, 10, items);
        assertThat(ChainCheck.problems(read.links(), 1, large.head())).isEmpty();
        assertThat(read.withheld()).isZero();
        assertThatThrownBy(() -> RedactedChain.parse(log, 10, items - 1))
                .hasMessage("lists more than " + (items - 1) + " items in one array: refused");
    }

    /** {@code --max-items} takes any int: the per-line cap derived from it must not wrap around and refuse every line. */
    @Test
    void theLargestCapTheCommandTakesStillReadsTheLog() {
        RedactedChain read = RedactedChain.parse(chain.exported(entry -> true), 10, Integer.MAX_VALUE);

        assertThat(ChainCheck.problems(read.links(), 6, chain.head())).isEmpty();
    }

    @Test
    void aChangedDetailOfARevealedEntryIsNamed() {
        change(4, line -> line.replace("\"reason\":\"ok\"", "\"reason\":\"forged\""));

        assertThat(problems()).containsExactly("the details of entry 5 do not match its commitment");
    }

    @Test
    void aChangedSaltIsNamed() {
        change(2, line -> line.replaceFirst("\"salt\":\"[0-9a-f]{32}\"", "\"salt\":\"" + "0".repeat(32) + "\""));

        assertThat(problems()).containsExactly("the details of entry 3 do not match its commitment");
    }

    @Test
    void aChangedCommitmentOfAWithheldEntryBreaksItsHash() {
        change(3, line -> line.replaceFirst("\"commitment\":\"[0-9a-f]{64}\"", "\"commitment\":\"" + "f".repeat(64) + "\""));

        assertThat(problems()).containsExactly("entry 4 was changed after it was written");
    }

    @Test
    void aChangedFormat1EntryBreaksItsHash() {
        change(0, line -> line.replace("\"sha256\":\"ab\"", "\"sha256\":\"cd\""));

        assertThat(problems()).containsExactly("entry 1 was changed after it was written");
    }

    @Test
    void aDroppedEntryIsNamed() {
        lines.remove(3);

        assertThat(problems()).containsExactly("entry 4 is missing (found 5 next)", "entry 5 does not link to the entry before it");
    }

    @Test
    void reorderedEntriesAreNamed() {
        Collections.swap(lines, 2, 3);

        assertThat(problems()).contains("entry 3 is out of order (it comes after entry 4)",
                "entry 4 does not link to the entry before it");
    }

    @Test
    void aWithheldLineCarryingAnythingUncheckedIsRefused() {
        change(1, line -> line.replace("\"v\":1", "\"v\":1,\"file\":\"weights.bin\""));

        assertThatThrownBy(() -> read(lines)).hasMessage("custody entry 2 carries \"file\", which its format does not check");
    }

    @Test
    void detailsWithoutTheirSaltAnUnknownFormatAndAMissingHashAreRefused() {
        List<String> original = List.copyOf(lines);
        change(2, line -> line.replaceFirst("\"salt\":\"[0-9a-f]{32}\",", ""));
        assertThatThrownBy(() -> read(lines)).hasMessage("custody entry 3 reveals its details without their salt, or the reverse");

        lines.set(2, original.get(2).replace("\"v\":2", "\"v\":3"));
        assertThatThrownBy(() -> read(lines)).hasMessage("custody entry 3 is in an unknown format (v 3)");

        lines.set(2, original.get(2).replaceFirst(",\"hash\":\"[0-9a-f]{64}\"", ""));
        assertThatThrownBy(() -> read(lines)).hasMessageStartingWith("a custody line without a valid \"hash\"");
    }

    private List<String> problems() {
        return ChainCheck.problems(read(lines).links(), 6, chain.head());
    }

    private void change(int index, UnaryOperator<String> change) {
        String changed = change.apply(lines.get(index));
        assertThat(changed).as("the change applies").isNotEqualTo(lines.get(index));
        lines.set(index, changed);
    }

    private static RedactedChain read(List<String> lines) {
        return RedactedChain.parse(String.join("\n", lines) + "\n");
    }
}
