package org.evidencedesk.renewal;

import java.time.Instant;
import org.evidencedesk.archive.DueRenewal;

/**
 * One renewal as it was stored: what was renewed, its sequence, the renewed signature's SHA-256 (for a ruling, the
 * renewed PDF's), the new archive time-stamp's time, and the due time before and after.
 */
public record Renewal(DueRenewal due, int sequence, String signatureSha256, Instant stampedAt, Instant renewBy) {

    /** The log line: what, which case, old due → new due. */
    String describe() {
        return "Archive time-stamp renewal " + sequence + " of " + due.kind() + " " + due.subjectId() + " in case " + due.caseId()
                + " (SHA-256 " + signatureSha256 + ", stamped " + stampedAt + "): due " + due.renewBy() + " → " + renewBy;
    }
}
