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
import java.util.Optional;

/**
 * A computed time limit, stored so that dashboards can query it: the last day in the court's time zone,
 * the instant that day ends, and the rule it comes from. Met or superseded deadlines stay as history. A time limit
 * that runs for one party from its own service (an answer, an appeal) names that party; the others name none.
 * It also keeps what it was counted from, and is provisional while that count looked at a year without a
 * holiday file: {@link DisputeCase#reviewProvisionalDeadlines} counts it again once the file is there.
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

    @Column(nullable = false)
    private boolean provisional;

    /** The event day of a period, or the day the court chose; null for a hearing, which is not counted. */
    @Column(name = "reckoned_from")
    private LocalDate reckonedFrom;

    /** The period's days; null when {@link #reckonedFrom} is the court's chosen day. */
    @Column(name = "reckoned_days")
    private Integer reckonedDays;

    protected Deadline() {
    }

    Deadline(DisputeCase disputeCase, DeadlineKind kind, DueDate due) {
        super(disputeCase);
        this.kind = kind;
        this.dueOn = due.lastDay();
        this.dueAt = due.endsAt();
        this.basis = due.basis();
        this.state = State.OPEN;
        this.provisional = due.provisional();
        if (due.reckoning() != null) {
            this.reckonedFrom = due.reckoning().from();
            this.reckonedDays = due.reckoning().days();
        }
    }

    /** Marks an open deadline provisional when counting it again shows it looks at a year without a file. */
    void markProvisional() {
        provisional = true;
    }

    Deadline(DisputeCase disputeCase, DeadlineKind kind, DueDate due, Party party) {
        this(disputeCase, kind, due);
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

    /** Whether the end may still move: a day its count looked at lies in a year without a holiday file (CPL art. 85). */
    public boolean isProvisional() {
        return provisional;
    }

    /** What the deadline was counted from; empty for one that was not counted, such as a hearing. */
    public Optional<Reckoning> reckoning() {
        return Optional.ofNullable(reckonedFrom).map(from -> new Reckoning(from, reckonedDays));
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
