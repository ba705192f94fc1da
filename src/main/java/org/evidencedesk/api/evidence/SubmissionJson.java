package org.evidencedesk.api.evidence;

import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.KeyedSubmission;

/** Where a submission under a key stands, and once registered, its item with the receipt and its proofs. */
@Schema(name = "Submission", description = "A submission under the client's key: its content and, once registered, its item and receipt.")
public record SubmissionJson(
        @Schema(description = "The client's idempotency key.") String key,
        @Schema(description = "RECEIVED (content kept, metadata awaited) or REGISTERED (the item exists).") KeyedSubmission.State state,
        @Schema(description = "The content's SHA-256, lowercase hex.") String sha256,
        @Schema(description = "The content's SM3, lowercase hex.") String sm3,
        @Schema(description = "The content's size in bytes.") long size,
        @Schema(description = "The file's name as kept.") String fileName,
        @Schema(description = "When the content was received.") Instant createdAt,
        @Schema(description = "The item, once registered.") ItemJson item,
        @Schema(description = "The receipt (canonical JSON), exactly the bytes its signature covers, once registered.") String receipt,
        @Schema(description = "The receipt's detached CMS signature (CAdES), base64, once registered.") String receiptSignature,
        @Schema(description = "The RFC 3161 time-stamp token over the content's SHA-256 (DER), base64, once registered.") String timestampToken) {

    static SubmissionJson of(KeyedSubmission submission, EvidenceItem item, CaseActor actor) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new SubmissionJson(submission.getIdempotencyKey(), submission.getState(), submission.digest().sha256(),
                submission.digest().sm3(), submission.digest().size(), submission.getFileName(), submission.getCreatedAt(),
                item == null ? null : ItemJson.of(item, actor),
                item == null ? null : item.getReceiptJson(),
                item == null ? null : base64.encodeToString(item.receiptSignatureBytes()),
                item == null ? null : base64.encodeToString(item.timestampTokenBytes()));
    }
}
