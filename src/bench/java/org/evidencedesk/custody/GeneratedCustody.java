package org.evidencedesk.custody;

import java.time.Instant;
import java.util.Map;

/**
 * Lets the docket generator build custody entries with the application's own constructor (package-private in
 * {@link CustodyEntry}), so that salt, commitment and chain hash are computed exactly as {@link CustodyLog} computes
 * them. It lives with the benchmark sources and never ships in the war.
 */
public final class GeneratedCustody {

    private GeneratedCustody() {
    }

    /** The next entry of a chain whose head is {@code previousHash} at {@code sequence - 1}. */
    public static CustodyEntry entry(long caseId, long sequence, Instant at, String actor, CustodyAction action, Long itemId,
                                     Map<String, ?> detail, String previousHash) {
        return new CustodyEntry(caseId, sequence, at, actor, action, itemId, detail, CustodyCommitment.newSalt(), previousHash);
    }
}
