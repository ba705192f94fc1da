package org.evidencedesk.custody;

import java.util.ArrayList;
import java.util.List;

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

    public static List<String> problems(List<? extends ChainLink> entries, long headSequence, String headHash) {
        List<String> problems = new ArrayList<>();
        String previous = GENESIS;
        long highest = 0;
        for (ChainLink entry : entries) {
            if (entry.sequence() <= highest) {
                problems.add("entry " + entry.sequence() + " is out of order (it comes after entry " + highest + ")");
            } else if (entry.sequence() != highest + 1) {
                problems.add("entry " + (highest + 1) + " is missing (found " + entry.sequence() + " next)");
            }
            highest = Math.max(highest, entry.sequence());
            if (!entry.previousHash().equals(previous)) {
                problems.add("entry " + entry.sequence() + " does not link to the entry before it");
            }
            if (entry.hashedText().filter(text -> !ChainLink.hash(text, entry.previousHash()).equals(entry.entryHash())).isPresent()) {
                problems.add("entry " + entry.sequence() + " was changed after it was written");
            }
            if (entry.revealed().filter(revealed -> !revealed.matches()).isPresent()) {
                problems.add("the details of entry " + entry.sequence() + " do not match its commitment");
            }
            previous = entry.entryHash();
        }
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        if (last != headSequence || !previous.equals(headHash)) {
            problems.add("the chain ends at entry " + last + " but its head says " + headSequence
                    + (previous.equals(headHash) ? "" : " with another hash"));
        }
        return problems;
    }
}
