package org.evidencedesk.custody;

import java.time.Instant;

/**
 * A checkpoint of a case's custody chain, as stored: the signed statement of the chain's head, its detached
 * signature and the time-stamp token over the statement.
 */
public record SignedCheckpoint(long caseId, long sequence, String headHash, String statement, byte[] signature,
                               byte[] token, Instant signedAt) {
}
