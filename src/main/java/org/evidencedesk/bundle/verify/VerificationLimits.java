package org.evidencedesk.bundle.verify;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one verification may take in: archive entries, manifest items, custody log lines, and time. A bundle
 * the court issues stays far below each cap; a hostile one meets a cap before it fills the heap or holds a
 * thread. The public page uses {@link #STANDARD} with the configured time budget; the verify command starts from
 * the same caps and lets the person running it raise them on their own machine.
 *
 * @param entries the most entries the archive's central directory may list
 * @param manifestItems the most files the ASiC manifest, or items {@code manifest.json}, may list; also the most ids one
 *                      custody line may name (a bundle export's entry names every item it carried)
 * @param custodyLines the most lines the custody log may hold
 * @param budget how long the verification may run before it stops and says so
 */
public record VerificationLimits(int entries, int manifestItems, int custodyLines, Duration budget) {

    /** A token or signature is a few KiB; anything past this is no proof. */
    public static final int PROOF_LIMIT = 64 * 1024;

    /** Each item is four entries (file, token, receipt, receipt signature): room for 10,000 items and the rest. */
    public static final int MAX_ENTRIES = 50_000;
    /** The ASiC manifest lists those four files of each item: the same room, 10,000 items and more. */
    public static final int MAX_MANIFEST_ITEMS = 50_000;
    /** A case's custody log grows by a few lines per item and event; 200,000 lines is many years of a large case. */
    public static final int MAX_CUSTODY_LINES = 200_000;

    /** The caps the server applies, with no time budget: the page sets its own from the configuration. */
    public static final VerificationLimits STANDARD = new VerificationLimits(MAX_ENTRIES, MAX_MANIFEST_ITEMS, MAX_CUSTODY_LINES,
            Duration.ofDays(365));

    public VerificationLimits {
        Objects.requireNonNull(budget, "budget");
        if (entries < 1 || manifestItems < 1 || custodyLines < 1 || budget.isNegative()) {
            throw new IllegalArgumentException("every verification limit must be positive");
        }
    }

    public VerificationLimits withBudget(Duration budget) {
        return new VerificationLimits(entries, manifestItems, custodyLines, budget);
    }

    public VerificationLimits withEntries(int entries) {
        return new VerificationLimits(entries, manifestItems, custodyLines, budget);
    }

    public VerificationLimits withManifestItems(int manifestItems) {
        return new VerificationLimits(entries, manifestItems, custodyLines, budget);
    }

    public VerificationLimits withCustodyLines(int custodyLines) {
        return new VerificationLimits(entries, manifestItems, custodyLines, budget);
    }
}
