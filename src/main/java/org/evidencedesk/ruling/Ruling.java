package org.evidencedesk.ruling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.evidencedesk.shared.persistence.BaseEntity;

/** A ruling as issued: what it decides, on what basis, by whom, when, and the signed PDF that records it. */
@Entity
@Table(name = "ruling")
public class Ruling extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private RulingKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false, length = 40)
    private String decision;

    @Column(nullable = false, updatable = false, length = 10000)
    private String reasons;

    @Column(name = "legal_basis", nullable = false, updatable = false, length = 100)
    private String legalBasis;

    @Column(nullable = false, updatable = false, length = 64)
    private String judge;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private long pdfSize;

    protected Ruling() {
    }

    Ruling(RulingDraft draft, String pdfSha256, long pdfSize) {
        this.caseId = draft.caseId();
        this.kind = draft.kind();
        this.subjectId = draft.subjectId();
        this.decision = draft.kind().name();
        this.reasons = draft.reasons();
        this.legalBasis = draft.legalBasis();
        this.judge = draft.judge();
        this.decidedAt = draft.decidedAt();
        this.pdfSha256 = pdfSha256;
        this.pdfSize = pdfSize;
    }

    public long getCaseId() {
        return caseId;
    }

    public RulingKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getDecision() {
        return decision;
    }

    public String getReasons() {
        return reasons;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getJudge() {
        return judge;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public long getPdfSize() {
        return pdfSize;
    }
}
