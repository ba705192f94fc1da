package org.evidencedesk.cli;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.evidencedesk.shared.Sha256;

/**
 * The idempotency key of one file's submission: SHA-256 over the case, the file's path relative to the folder given
 * and the file's own SHA-256. The same file at the same place in the same case always has the same key, so a rerun
 * after an interruption asks the server about exactly the submissions it made before and sends nothing twice; a file
 * whose content changed gets a new key, as it is new evidence.
 */
final class SubmissionKey {

    private SubmissionKey() {
    }

    static String of(long caseId, String relativePath, String sha256Hex) {
        // Each field on its own line, so no two different triples read as the same text.
        String fields = "evidence-desk-submission\n" + caseId + "\n" + relativePath.replace('\\', '/') + "\n" + sha256Hex;
        return HexFormat.of().formatHex(Sha256.of(fields.getBytes(StandardCharsets.UTF_8)));
    }
}
