package org.evidencedesk.custody;

import java.util.List;
import java.util.Optional;

/**
 * Holds a custody chain to its latest signed checkpoint. {@link ChainCheck} compares the chain with its head row,
 * which lives in the same database: whoever deletes the last entries can rewind that row too. The checkpoint's
 * statement is signed with the installation's key, so the entry it names must still be there with the hash it
 * signed; {@link ChainCheck}'s links then vouch for every entry before it. Plain Java, like {@link ChainCheck}.
 */
public final class CheckpointCheck {

    private CheckpointCheck() {
    }

    /** What the chain of case {@code caseId} lacks or changed of what the checkpoint covers; empty when it holds it all. */
    public static List<String> problems(long caseId, List<? extends ChainLink> entries, CheckpointStatement checkpoint) {
        if (!checkpoint.signatureValid()) {
            return List.of("the latest checkpoint's signature does not verify (" + checkpoint.signatureProblem().orElseThrow() + ")");
        }
        if (checkpoint.caseId() != caseId) {
            return List.of("the latest checkpoint was signed for case " + checkpoint.caseId());
        }
        if (checkpoint.sequence() == 0) {
            return List.of();
        }
        Optional<? extends ChainLink> signed = entries.stream().filter(entry -> entry.sequence() == checkpoint.sequence()).findFirst();
        if (signed.isEmpty()) {
            long last = entries.stream().mapToLong(ChainLink::sequence).max().orElse(0);
            return List.of("entry " + checkpoint.sequence() + ", covered by the checkpoint signed at " + checkpoint.signedAt()
                    + ", is missing: the chain ends at entry " + last);
        }
        if (!signed.get().entryHash().equals(checkpoint.head())) {
            return List.of("entry " + checkpoint.sequence() + " is not the entry the checkpoint signed at " + checkpoint.signedAt()
                    + " covers: the chain was changed up to it");
        }
        return List.of();
    }
}
