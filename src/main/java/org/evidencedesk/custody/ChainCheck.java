package org.evidencedesk.custody;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a custody chain and names every break: a changed entry, a missing or reordered one, a moved head.
 * Plain Java: the integrity sweep runs it over the database, the bundle verifier over an exported log.
 */
public final class ChainCheck {

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainCheck() {
    }

    public static List<String> problems(List<? extends ChainLink> entries, long headSequence, String headHash) {
        List<String> problems = new ArrayList<>();
        String previous = GENESIS;
        long expectedSequence = 1;
        for (ChainLink entry : entries) {
            if (entry.sequence() != expectedSequence) {
                problems.add("entry " + expectedSequence + " is missing (found " + entry.sequence() + " next)");
                expectedSequence = entry.sequence();
            }
            if (!entry.previousHash().equals(previous)) {
                problems.add("entry " + entry.sequence() + " does not link to the entry before it");
            }
            if (!ChainLink.hash(entry.canonical(), entry.previousHash()).equals(entry.entryHash())) {
                problems.add("entry " + entry.sequence() + " was changed after it was written");
            }
            previous = entry.entryHash();
            expectedSequence++;
        }
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        if (last != headSequence || !previous.equals(headHash)) {
            problems.add("the chain ends at entry " + last + " but its head says " + headSequence
                    + (previous.equals(headHash) ? "" : " with another hash"));
        }
        return problems;
    }
}
