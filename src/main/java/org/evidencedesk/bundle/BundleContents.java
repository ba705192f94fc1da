package org.evidencedesk.bundle;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a bundle holds except the evidence bytes themselves, gathered before writing starts so that
 * writing needs neither the database nor a transaction.
 *
 * @param selection how the items were chosen, in words (all, a side, a status, by hand)
 * @param custodyLog the case's custody chain as JSON lines, each ending in a newline; entries the exporter may not
 *                   see are withheld (bare links); spooled to a file when an export reads it from the database
 * @param checkpoint the signed, time-stamped statement of the chain's head taken for this export
 * @param evidenceList the evidence list (证据目录) as PDF, when one could be made
 * @param spool where the items' tokens, receipts and receipt signatures wait for the stream; the writer adds the
 *              bundle's other small files to it
 */
public record BundleContents(
        String caseNumber,
        long caseId,
        String exporter,
        Instant exportedAt,
        String selection,
        List<BundleItem> items,
        CustodyLogFile custodyLog,
        CheckpointFiles checkpoint,
        X509Certificate root,
        X509Certificate timestamping,
        X509Certificate signing,
        Optional<byte[]> evidenceList,
        Optional<X509Certificate> courtRoot,
        PartSpool spool) {

    public BundleContents {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(selection, "selection");
        items = List.copyOf(items);
        Objects.requireNonNull(custodyLog, "custodyLog");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(timestamping, "timestamping");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(evidenceList, "evidenceList");
        Objects.requireNonNull(courtRoot, "courtRoot");
        Objects.requireNonNull(spool, "spool");
    }

    /** A custody checkpoint: the canonical statement, its detached CAdES signature, the token over its SHA-256. */
    public record CheckpointFiles(String statement, byte[] signature, byte[] token) {

        public CheckpointFiles {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(token, "token");
        }
    }
}
