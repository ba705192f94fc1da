package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a case's timeline: who did what, when, and the state it moved the case to. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends CasePart {

    private static final long serialVersionUID = 1L;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 40)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 32)
    private CaseStatus toStatus;

    @Column(length = 10000)
    private String detail;

    protected CaseEvent() {
    }

    CaseEvent(DisputeCase disputeCase, Instant occurredAt, String actor, String type,
              CaseStatus fromStatus, CaseStatus toStatus, String detail) {
        super(disputeCase);
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getType() {
        return type;
    }

    public String messageKey() {
        return "event." + type;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}
