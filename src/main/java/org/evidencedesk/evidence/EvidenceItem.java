package org.evidencedesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * One piece of evidence as received: its exhibit number, what it is meant to prove, how it was
 * collected, its hashes, the RFC 3161 token over its SHA-256, and the signed receipt. Nothing of what
 * was received changes afterwards; only the court's status and an integrity flag do.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private DisputeCase disputeCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Side side;

    @Column(name = "exhibit_sequence", nullable = false, updatable = false)
    private int exhibitSequence;

    @Column(name = "exhibit_number", nullable = false, updatable = false, length = 16)
    private String exhibitNumber;

    @Column(nullable = false, updatable = false, length = 500)
    private String title;

    @Column(name = "fact_to_prove", nullable = false, updatable = false, length = 4000)
    private String factToProve;

    @Column(name = "original_filename", nullable = false, updatable = false, length = 255)
    private String originalFilename;

    @Column(name = "media_type", nullable = false, updatable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false, length = 64)
    private String sm3;

    @Column(updatable = false, length = 2000)
    private String source;

    @Column(name = "collection_method", updatable = false, length = 500)
    private String collectionMethod;

    @Column(updatable = false, length = 200)
    private String collector;

    @Column(updatable = false, length = 200)
    private String tool;

    @Column(name = "captured_at", updatable = false)
    private Instant capturedAt;

    @Column(name = "certificate_ref", updatable = false, length = 500)
    private String certificateReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Confidentiality confidentiality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvidenceStatus status;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "tsa_name", nullable = false, updatable = false, length = 500)
    private String tsaName;

    @Column(name = "tsa_serial", nullable = false, updatable = false, length = 64)
    private String tsaSerial;

    @Column(name = "timestamped_at", nullable = false, updatable = false)
    private Instant timestampedAt;

    @Column(name = "timestamp_token", nullable = false, updatable = false, length = 65535)
    private String timestampToken;

    @Column(name = "receipt_json", nullable = false, updatable = false, length = 20000)
    private String receiptJson;

    @Column(name = "receipt_signature", nullable = false, updatable = false, length = 65535)
    private String receiptSignature;

    @Column(name = "integrity_problem", length = 500)
    private String integrityProblem;

    /** The protective measures of the order this item was produced under, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measures_id", updatable = false)
    private ProtectiveMeasures measures;

    /** The disclosure request whose order this item was produced under, if any. */
    @Column(name = "produced_under", updatable = false)
    private Long producedUnder;

    protected EvidenceItem() {
    }

    /** What intake knows about a received item before it is numbered, stamped and signed. */
    record Received(DisputeCase disputeCase, Side side, EvidenceMetadata metadata, String originalFilename,
                    String mediaType, ContentDigest digest, String submittedBy,
                    Instant submittedAt, Production production) {
    }

    EvidenceItem(Received received, int exhibitSequence, String exhibitNumber, String tsaName, String tsaSerial,
                 Instant timestampedAt, byte[] token, String receiptJson, byte[] receiptSignature) {
        this.disputeCase = received.disputeCase();
        this.side = received.side();
        this.exhibitSequence = exhibitSequence;
        this.exhibitNumber = exhibitNumber;
        EvidenceMetadata metadata = received.metadata();
        this.title = metadata.title().strip();
        this.factToProve = metadata.factToProve().strip();
        CollectionRecord collection = metadata.collection();
        if (collection != null) {
            this.source = collection.source();
            this.collectionMethod = collection.method();
            this.collector = collection.collector();
            this.tool = collection.tool();
            this.capturedAt = collection.capturedAt();
            this.certificateReference = collection.certificateReference();
        }
        this.confidentiality = metadata.confidentiality();
        if (received.production() != null) {
            this.producedUnder = received.production().requestId();
            this.measures = received.production().measures();
            this.confidentiality = received.production().confidentialityFor(metadata.confidentiality());
        }
        this.originalFilename = received.originalFilename();
        this.mediaType = received.mediaType();
        this.sizeBytes = received.digest().size();
        this.sha256 = received.digest().sha256();
        this.sm3 = received.digest().sm3();
        this.submittedBy = received.submittedBy();
        this.submittedAt = received.submittedAt();
        this.status = EvidenceStatus.SUBMITTED;
        this.tsaName = tsaName;
        this.tsaSerial = tsaSerial;
        this.timestampedAt = timestampedAt;
        this.timestampToken = Base64.getEncoder().encodeToString(token);
        this.receiptJson = receiptJson;
        this.receiptSignature = Base64.getEncoder().encodeToString(receiptSignature);
    }

    /** The court rules on the item: admitted, challenged or excluded, always with a reason. */
    void rule(EvidenceStatus ruling, String reason) {
        if (ruling == null || ruling == EvidenceStatus.SUBMITTED) {
            throw new BusinessException("evidence.statusRequired");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new BusinessException("evidence.statusReasonRequired", 2000);
        }
        this.status = ruling;
        this.statusReason = reason.strip();
    }

    void flagIntegrityProblem(String problem) {
        this.integrityProblem = problem.length() > 500 ? problem.substring(0, 500) : problem;
    }

    public byte[] timestampTokenBytes() {
        return Base64.getDecoder().decode(timestampToken);
    }

    public byte[] receiptSignatureBytes() {
        return Base64.getDecoder().decode(receiptSignature);
    }

    public Optional<ProtectiveMeasures> protection() {
        return Optional.ofNullable(measures);
    }

    public Long getProducedUnder() {
        return producedUnder;
    }

    public DisputeCase getDisputeCase() {
        return disputeCase;
    }

    public Side getSide() {
        return side;
    }

    public int getExhibitSequence() {
        return exhibitSequence;
    }

    public String getExhibitNumber() {
        return exhibitNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getFactToProve() {
        return factToProve;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSm3() {
        return sm3;
    }

    public String getSource() {
        return source;
    }

    public String getCollectionMethod() {
        return collectionMethod;
    }

    public String getCollector() {
        return collector;
    }

    public String getTool() {
        return tool;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public String getCertificateReference() {
        return certificateReference;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public EvidenceStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getTsaName() {
        return tsaName;
    }

    public String getTsaSerial() {
        return tsaSerial;
    }

    public Instant getTimestampedAt() {
        return timestampedAt;
    }

    public String getReceiptJson() {
        return receiptJson;
    }

    public String getIntegrityProblem() {
        return integrityProblem;
    }
}
