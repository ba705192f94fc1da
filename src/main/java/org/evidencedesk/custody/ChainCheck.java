package org.evidencedesk.custody;

import java.util.ArrayList;
import java.util.List;

/** Walks a custody chain and names every break: a changed entry, a missing or reordered one, a moved head. */
final class ChainCheck {

    private ChainCheck() {
    }

    static List<String> problems(List<CustodyEntry> entries, long headSequence, String headHash) {
        List<String> problems = new ArrayList<>();
        String previous = CustodyEntry.GENESIS;
        long expectedSequence = 1;
        for (CustodyEntry entry : entries) {
            if (entry.getSequence() != expectedSequence) {
                problems.add("entry " + expectedSequence + " is missing (found " + entry.getSequence() + " next)");
                expectedSequence = entry.getSequence();
            }
            if (!entry.getPreviousHash().equals(previous)) {
                problems.add("entry " + entry.getSequence() + " does not link to the entry before it");
            }
            if (!entry.computeHash().equals(entry.getEntryHash())) {
                problems.add("entry " + entry.getSequence() + " was changed after it was written");
            }
            previous = entry.getEntryHash();
            expectedSequence++;
        }
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).getSequence();
        if (last != headSequence || !previous.equals(headHash)) {
            problems.add("the chain ends at entry " + last + " but its head says " + headSequence
                    + (previous.equals(headHash) ? "" : " with another hash"));
        }
        return problems;
    }
}
