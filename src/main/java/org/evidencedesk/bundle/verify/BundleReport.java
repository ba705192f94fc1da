package org.evidencedesk.bundle.verify;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a verification found: the checks of the bundle as a whole and one report per evidence item.
 * It passed exactly when no check failed; notes (such as a root that was not independently trusted) do
 * not fail it but must be shown.
 */
public record BundleReport(String subject, Optional<String> caseNumber, List<Finding> findings, List<ItemReport> items) {

    /** The checks that note long-term data as found (never a verdict on it). */
    static final Set<String> LONG_TERM_CHECKS = Set.of("signatureLongTerm", "checkpointLongTerm", "longTerm", "evidenceList");

    public BundleReport {
        findings = List.copyOf(findings);
        items = List.copyOf(items);
    }

    /** Whether it says anything of long-term data, which its reader is then told is found, not validated. */
    public boolean reportsLongTermData() {
        return findings.stream().anyMatch(finding -> LONG_TERM_CHECKS.contains(finding.check()))
                || items.stream().anyMatch(item -> item.receiptLongTerm().isPresent());
    }

    public boolean passed() {
        return findings.stream().noneMatch(Finding::failed) && items.stream().allMatch(ItemReport::passed);
    }
}
