package org.evidencedesk.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * When one stored signature next needs an archive time-stamp, and how many it has had: written when the renewal job
 * first sees the signature, moved on at each renewal. Kept apart from the signature's own row, which is an accepted
 * record and never altered; versioned, so two renewals of one signature cannot both count.
 */
@Entity
@Table(name = "signature_due")
public class SignatureDue extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private SignatureKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "renew_by", nullable = false)
    private Instant renewBy;

    @Column(nullable = false)
    private int renewals;

    protected SignatureDue() {
    }

    SignatureDue(SignatureKind kind, long subjectId, long caseId, Instant renewBy) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectId = subjectId;
        this.caseId = caseId;
        this.renewBy = Objects.requireNonNull(renewBy, "renewBy");
    }

    /** Counts a renewal stored as {@code sequence}, due next at {@code next}. */
    void renewed(int sequence, Instant next) {
        if (sequence != renewals + 1) {
            throw new IllegalStateException("Renewal " + sequence + " of " + kind + " " + subjectId + " follows renewal " + renewals);
        }
        renewals = sequence;
        renewBy = Objects.requireNonNull(next, "next");
    }

    DueRenewal due() {
        return new DueRenewal(getId(), kind, subjectId, caseId, renewBy, renewals);
    }
}
