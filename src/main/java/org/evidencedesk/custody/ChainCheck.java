package org.evidencedesk.custody;

import java.util.ArrayList;
import java.util.List;
import org.evidencedesk.shared.Phrase;

/**
 * Walks a custody chain and names every break: a changed entry, details that do not match their commitment, a
 * missing or reordered entry, a moved head. Plain Java: the integrity sweep runs it over the database, the bundle
 * verifier over an exported log, in which some entries may be withheld (their links are checked all the same).
 */
public final class ChainCheck {

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainCheck() {
    }

    /** Every break, in English: for the integrity sweep's log and custody entries. */
    public static List<String> problems(List<? extends ChainLink> entries, long headSequence, String headHash) {
        return breaks(entries, headSequence, headHash).stream().map(Phrase::toString).toList();
    }

    /** Every break, as phrases the bundle verifier says in its reader's language. */
    public static List<Phrase> breaks(List<? extends ChainLink> entries, long headSequence, String headHash) {
        List<Phrase> problems = new ArrayList<>();
        String previous = GENESIS;
        long highest = 0;
        for (ChainLink entry : entries) {
            if (entry.sequence() <= highest) {
                problems.add(Phrase.of(ChainProblem.OUT_OF_ORDER, entry.sequence(), highest));
            } else if (entry.sequence() != highest + 1) {
                problems.add(Phrase.of(ChainProblem.MISSING_ENTRY, highest + 1, entry.sequence()));
            }
            highest = Math.max(highest, entry.sequence());
            if (!entry.previousHash().equals(previous)) {
                problems.add(Phrase.of(ChainProblem.BROKEN_LINK, entry.sequence()));
            }
            if (entry.hashedText().filter(text -> !ChainLink.hash(text, entry.previousHash()).equals(entry.entryHash())).isPresent()) {
                problems.add(Phrase.of(ChainProblem.CHANGED_ENTRY, entry.sequence()));
            }
            if (entry.revealed().filter(revealed -> !revealed.matches()).isPresent()) {
                problems.add(Phrase.of(ChainProblem.DETAILS_DIFFER, entry.sequence()));
            }
            previous = entry.entryHash();
        }
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        if (last != headSequence || !previous.equals(headHash)) {
            problems.add(Phrase.of(previous.equals(headHash) ? ChainProblem.HEAD_MOVED : ChainProblem.HEAD_MOVED_OTHER_HASH,
                    last, headSequence));
        }
        return problems;
    }
}
