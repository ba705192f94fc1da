package org.evidencedesk.bundle.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencedesk.shared.Phrase;

/**
 * What verifying one evidence item of a bundle found.
 *
 * @param present the file is in the bundle
 * @param hashMatches its SHA-256 equals the one in the signed manifest, in {@code manifest.json} and in the receipt
 * @param tokenValid its RFC 3161 token stamps that SHA-256 and chains to the trusted root
 * @param tokenTime the time the token states, when it could be read
 * @param receiptValid the receipt's CAdES signature verifies and the receipt names that SHA-256
 * @param problems each failure, as a phrase said in the reader's language
 * @param receiptLongTerm what the receipt's signature carries for long-term validation, when it could be read: found,
 *        not validated, so it never fails the item
 */
public record ItemReport(String exhibit, String file, boolean present, boolean hashMatches, boolean tokenValid,
                         Optional<Instant> tokenTime, boolean receiptValid, List<Phrase> problems,
                         Optional<Phrase> receiptLongTerm) {

    public ItemReport {
        problems = List.copyOf(problems);
        Objects.requireNonNull(receiptLongTerm, "receiptLongTerm");
    }

    public boolean passed() {
        return present && hashMatches && tokenValid && receiptValid && problems.isEmpty();
    }
}
