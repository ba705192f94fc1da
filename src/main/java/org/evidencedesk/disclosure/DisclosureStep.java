package org.evidencedesk.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.evidencedesk.shared.persistence.BaseEntity;

/** One step a request took: which, from and to which state, who, when, and what they said. */
@Entity
@Table(name = "disclosure_step")
public class DisclosureStep extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private DisclosureRequest request;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private DisclosureTransition step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 32)
    private DisclosureStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 32)
    private DisclosureStatus toStatus;

    @Column(updatable = false, length = 4000)
    private String note;

    protected DisclosureStep() {
    }

    DisclosureStep(DisclosureRequest request, Instant occurredAt, String actor, DisclosureTransition step,
                   DisclosureStatus fromStatus, DisclosureStatus toStatus, String note) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note == null || note.length() <= 4000 ? note : note.substring(0, 4000);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public DisclosureTransition getStep() {
        return step;
    }

    public DisclosureStatus getFromStatus() {
        return fromStatus;
    }

    public DisclosureStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
