package org.evidencedesk.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One renewal of a stored signature: the whole signature as it stands after one more archive time-stamp, and when the
 * next is due. For a ruling the renewed PDF is in the blob store and the row keeps its SHA-256 and size.
 *
 * <p>Not a {@code BaseEntity}: written once and never updated, so it has no version to lock.
 */
@Entity
@Table(name = "signature_renewal")
public class RenewedSignature implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private SignatureKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(updatable = false)
    private byte[] signature;

    @Column(name = "pdf_sha256", updatable = false, length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size", updatable = false)
    private Long pdfSize;

    @Column(name = "signature_sha256", nullable = false, updatable = false, length = 64)
    private String signatureSha256;

    @Column(name = "renewed_at", nullable = false, updatable = false)
    private Instant renewedAt;

    @Column(name = "renew_by", nullable = false, updatable = false)
    private Instant renewBy;

    protected RenewedSignature() {
    }

    private RenewedSignature(SignatureKind kind, long subjectId, long caseId, int sequence, String signatureSha256,
                             Instant renewedAt, Instant renewBy) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectId = subjectId;
        this.caseId = caseId;
        this.sequence = sequence;
        this.signatureSha256 = Objects.requireNonNull(signatureSha256, "signatureSha256");
        this.renewedAt = Objects.requireNonNull(renewedAt, "renewedAt");
        this.renewBy = Objects.requireNonNull(renewBy, "renewBy");
    }

    /** A renewed detached CMS signature (a receipt's or a checkpoint's). */
    static RenewedSignature ofSignature(DueRenewal due, byte[] signature, String signatureSha256, Instant renewedAt, Instant renewBy) {
        if (due.kind() == SignatureKind.RULING) {
            throw new IllegalArgumentException("A ruling's renewal is a PDF in the blob store");
        }
        RenewedSignature renewed = new RenewedSignature(due.kind(), due.subjectId(), due.caseId(), due.renewals() + 1,
                signatureSha256, renewedAt, renewBy);
        renewed.signature = signature.clone();
        return renewed;
    }

    /** A renewed ruling: its PDF, kept in the blob store, whose SHA-256 is also the signature's. */
    static RenewedSignature ofPdf(DueRenewal due, String pdfSha256, long pdfSize, Instant renewedAt, Instant renewBy) {
        if (due.kind() != SignatureKind.RULING) {
            throw new IllegalArgumentException("Only a ruling's renewal is a PDF");
        }
        RenewedSignature renewed = new RenewedSignature(due.kind(), due.subjectId(), due.caseId(), due.renewals() + 1,
                pdfSha256, renewedAt, renewBy);
        renewed.pdfSha256 = pdfSha256;
        renewed.pdfSize = pdfSize;
        return renewed;
    }

    public Long getId() {
        return id;
    }

    public SignatureKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getCaseId() {
        return caseId;
    }

    /** 1 for the first renewal; the original counts as 0. */
    public int getSequence() {
        return sequence;
    }

    /** The renewed CMS signature; empty for a ruling. */
    public Optional<byte[]> signature() {
        return Optional.ofNullable(signature).map(byte[]::clone);
    }

    /** The renewed PDF's SHA-256 in the blob store; empty unless a ruling. */
    public Optional<String> pdfSha256() {
        return Optional.ofNullable(pdfSha256);
    }

    /** The renewed PDF's size; empty unless a ruling. */
    public Optional<Long> pdfSize() {
        return Optional.ofNullable(pdfSize);
    }

    public String getSignatureSha256() {
        return signatureSha256;
    }

    public Instant getRenewedAt() {
        return renewedAt;
    }

    public Instant getRenewBy() {
        return renewBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenewedSignature renewed && id != null && id.equals(renewed.id);
    }

    @Override
    public int hashCode() {
        return RenewedSignature.class.hashCode();
    }
}
