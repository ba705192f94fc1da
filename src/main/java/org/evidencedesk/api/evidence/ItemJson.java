package org.evidencedesk.api.evidence;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.evidence.CollectionRecord;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceStatus;

/** An evidence item as the item page shows it: what was submitted, by whom and when, and what proves it. */
@Schema(name = "EvidenceItem", description = "An evidence item: its metadata, its file's digests and its time-stamp.")
public record ItemJson(
        @Schema(description = "The item's id.") long id,
        @Schema(description = "The item's version (also its ETag).") long version,
        @Schema(description = "The case's id.") long caseId,
        @Schema(description = "The side that submitted it: CLAIMANT or RESPONDENT.") String side,
        @Schema(description = "The exhibit number, e.g. P-001.") String exhibit,
        @Schema(description = "The title.") String title,
        @Schema(description = "The fact it is submitted to prove.") String factToProve,
        @Schema(description = "How it was collected; null when not stated.") CollectionJson collection,
        @Schema(description = "Who may see it.") Confidentiality confidentiality,
        @Schema(description = "The court's ruling on it so far.") EvidenceStatus status,
        @Schema(description = "The reason given with the ruling, if any.") String statusReason,
        @Schema(description = "The file's original name.") String fileName,
        @Schema(description = "The file's media type.") String mediaType,
        @Schema(description = "The file's size in bytes.") long size,
        @Schema(description = "The file's SHA-256, lowercase hex.") String sha256,
        @Schema(description = "The file's SM3 (GB/T 32905), lowercase hex.") String sm3,
        @Schema(description = "When it was received.") Instant submittedAt,
        @Schema(description = "Who submitted it.") String submittedBy,
        @Schema(description = "The time-stamping authority that stamped it.") String tsa,
        @Schema(description = "The time-stamp token's serial number (decimal).") String tokenSerial,
        @Schema(description = "The time the token states.") Instant tokenGenTime,
        @Schema(description = "The disclosure request it was produced under, if any.") Long producedUnderRequest,
        @Schema(description = "Whether the caller may download its file (false for view-only protected items).") boolean downloadable) {

    /** How electronic evidence was collected (CE art. 93; Internet Courts Provisions art. 11). */
    @Schema(name = "CollectionRecord", description = "How the evidence was collected.")
    public record CollectionJson(
            @Schema(description = "Where it came from.") String source,
            @Schema(description = "How it was collected.") String method,
            @Schema(description = "Who collected it.") String collector,
            @Schema(description = "The tool and its version.") String tool,
            @Schema(description = "When it was captured.") Instant capturedAt,
            @Schema(description = "A notarial or other certificate's reference.") String certificateReference) {

        static CollectionJson of(CollectionRecord record) {
            return record == null ? null : new CollectionJson(record.source(), record.method(), record.collector(),
                    record.tool(), record.capturedAt(), record.certificateReference());
        }

        CollectionRecord toRecord() {
            return new CollectionRecord(source, method, collector, tool, capturedAt, certificateReference);
        }
    }

    static ItemJson of(EvidenceItem item, CaseActor actor) {
        return new ItemJson(item.getId(), item.getVersion(), item.getDisputeCase().getId(), item.getSide().name(),
                item.getExhibitNumber(), item.getTitle(), item.getFactToProve(), CollectionJson.of(collection(item)),
                item.getConfidentiality(), item.getStatus(), item.getStatusReason(), item.getOriginalFilename(),
                item.getMediaType(), item.getSizeBytes(), item.getSha256(), item.getSm3(), item.getSubmittedAt(),
                item.getSubmittedBy(), item.getTsaName(), item.getTsaSerial(), item.getTimestampedAt(),
                item.getProducedUnder(), EvidenceAccessPolicy.mayDownload(actor, item));
    }

    private static CollectionRecord collection(EvidenceItem item) {
        boolean none = item.getSource() == null && item.getCollectionMethod() == null && item.getCollector() == null
                && item.getTool() == null && item.getCapturedAt() == null && item.getCertificateReference() == null;
        return none ? null : new CollectionRecord(item.getSource(), item.getCollectionMethod(), item.getCollector(),
                item.getTool(), item.getCapturedAt(), item.getCertificateReference());
    }
}
