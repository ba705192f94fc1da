package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A computed time limit, stored so that dashboards can query it: the last day in the court's time zone,
 * the instant that day ends, and the rule it comes from. Met or superseded deadlines stay as history. A time limit
 * that runs for one party from its own service (an answer, an appeal) names that party; the others name none.
 */
@Entity
@Table(name = "case_deadline")
public class Deadline extends CasePart {

    private static final long serialVersionUID = 1L;

    public enum State { OPEN, MET, SUPERSEDED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DeadlineKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false, length = 100)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private State state;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "party_id")
    private Party party;

    protected Deadline() {
    }

    Deadline(DisputeCase disputeCase, DeadlineKind kind, LocalDate dueOn, Instant dueAt, String basis) {
        super(disputeCase);
        this.kind = kind;
        this.dueOn = dueOn;
        this.dueAt = dueAt;
        this.basis = basis;
        this.state = State.OPEN;
    }

    Deadline(DisputeCase disputeCase, DeadlineKind kind, DueDate due, Party party) {
        this(disputeCase, kind, due.lastDay(), due.endsAt(), due.basis());
        this.party = party;
    }

    void close(State outcome, Instant now) {
        if (state == State.OPEN) {
            state = outcome;
            closedAt = now;
        }
    }

    public boolean isFor(Party someone) {
        return party != null && party.equals(someone);
    }

    /** The party this time limit runs for, or null when it is the case's or the court's. */
    public Party getParty() {
        return party;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(dueAt);
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getBasis() {
        return basis;
    }

    public State getState() {
        return state;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
