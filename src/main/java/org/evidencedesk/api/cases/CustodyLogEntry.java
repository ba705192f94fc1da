package org.evidencedesk.api.cases;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyRow;

/**
 * One link of a case's custody chain as the case page's custody tab shows it to the caller, with the fields a reader
 * needs to re-walk the chain: each entry's hash covers the previous one's.
 */
@Schema(name = "CustodyEntry", description = "One entry of a case's custody chain. A withheld entry keeps its place and"
        + " its link (sequence, time, commitment, hashes) and shows nothing else.")
public record CustodyLogEntry(
        @Schema(description = "Its place in the chain, from 1.") long sequence,
        @Schema(description = "When it was written.") Instant occurredAt,
        @Schema(description = "Whether its details are withheld from the caller.") boolean withheld,
        @Schema(description = "Who acted.", nullable = true) String actor,
        @Schema(description = "What was done.", nullable = true) CustodyAction action,
        @Schema(description = "The evidence item it is about, if one.", nullable = true) Long itemId,
        @Schema(description = "Its details, as the canonical JSON text they were committed to.", nullable = true) String detail,
        @Schema(description = "1 (the hash covers the whole entry) or 2 (the hash covers a header with a commitment to the details).")
        int formatVersion,
        @Schema(description = "The salt of the commitment (format 2, revealed entries).", nullable = true) String salt,
        @Schema(description = "The commitment to the details (format 2).", nullable = true) String commitment,
        @Schema(description = "The previous entry's hash (64 zeros before the first), hex.") String previousHash,
        @Schema(description = "This entry's hash, SHA-256 hex.") String entryHash) {

    static CustodyLogEntry of(CustodyRow row) {
        return new CustodyLogEntry(row.getSequence(), row.getOccurredAt(), row.isWithheld(), row.getActor(), row.getAction(),
                row.getItemId(), row.getDetail(), row.getFormatVersion(), row.getSalt(), row.getCommitment(),
                row.getPreviousHash(), row.getEntryHash());
    }
}
