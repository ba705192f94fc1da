package org.evidencedesk.dispute;

import static org.evidencedesk.dispute.CaseCapacity.ASSIGNED_JUDGE;
import static org.evidencedesk.dispute.CaseCapacity.CLAIMANT_COUNSEL;
import static org.evidencedesk.dispute.CaseCapacity.COURT_CLERK;
import static org.evidencedesk.dispute.CaseCapacity.RESPONDENT_COUNSEL;
import static org.evidencedesk.dispute.CaseStatus.*;

import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;

/**
 * Every step of a case's life: the states it may start from and the capacities that may take it. The
 * case calls {@link #check} first in each of its transition methods, so an illegal step changes nothing.
 */
public enum CaseTransition {
    REQUEST_CORRECTION(EnumSet.of(SUBMITTED), COURT_CLERK),
    RESUBMIT(EnumSet.of(CORRECTION_REQUESTED), CLAIMANT_COUNSEL),
    AMEND_FILING(CaseStatus.BEFORE_ACCEPTANCE, CLAIMANT_COUNSEL),
    WITHDRAW_FILING(CaseStatus.BEFORE_ACCEPTANCE, CLAIMANT_COUNSEL),
    ACCEPT(EnumSet.of(SUBMITTED), COURT_CLERK),
    REFUSE(EnumSet.of(SUBMITTED), COURT_CLERK),
    RECORD_SERVICE(EnumSet.of(ACCEPTED), COURT_CLERK),
    OPEN_ANSWER_PERIOD(EnumSet.of(SERVED), COURT_CLERK),
    OPEN_EVIDENCE_PERIOD(EnumSet.of(ANSWER_PERIOD), COURT_CLERK),
    /** Counsel of either side applies to extend the evidence period (CE art. 54 para. 1). */
    APPLY_FOR_EXTENSION(EnumSet.of(EVIDENCE_PERIOD), CLAIMANT_COUNSEL, RESPONDENT_COUNSEL),
    /** The clerk records a written application a party made to the court. */
    RECORD_EXTENSION_APPLICATION(EnumSet.of(EVIDENCE_PERIOD), COURT_CLERK),
    /** The court grants an application and sets the new end (CE art. 54 para. 2). */
    EXTEND_EVIDENCE_PERIOD(EnumSet.of(EVIDENCE_PERIOD), COURT_CLERK),
    /** The court refuses an application (CE art. 54 para. 3). */
    REFUSE_EXTENSION(EnumSet.of(EVIDENCE_PERIOD), COURT_CLERK),
    CLOSE_EVIDENCE_PERIOD(EnumSet.of(EVIDENCE_PERIOD), COURT_CLERK),
    SCHEDULE_HEARING(EnumSet.of(EVIDENCE_EXCHANGE), COURT_CLERK, ASSIGNED_JUDGE),
    OPEN_HEARING(EnumSet.of(HEARING_SCHEDULED), ASSIGNED_JUDGE),
    ENTER_JUDGMENT(EnumSet.of(HEARING), ASSIGNED_JUDGE),
    RECORD_MEDIATION(CaseStatus.PENDING, ASSIGNED_JUDGE),
    APPROVE_WITHDRAWAL(CaseStatus.PENDING, ASSIGNED_JUDGE),
    DISMISS(CaseStatus.PENDING, ASSIGNED_JUDGE),
    RECORD_DECISION_SERVICE(CaseStatus.APPEALABLE, COURT_CLERK),
    RECORD_APPEAL(EnumSet.of(NOT_ACCEPTED, APPEAL_WINDOW, APPEALED), COURT_CLERK),
    CLOSE(EnumSet.of(NOT_ACCEPTED, APPEAL_WINDOW, MEDIATED, WITHDRAWN), COURT_CLERK),
    SUSPEND(CaseStatus.PENDING, ASSIGNED_JUDGE),
    RESUME(EnumSet.of(SUSPENDED), ASSIGNED_JUDGE),
    CORRECT_RECORD(EnumSet.complementOf(EnumSet.of(NOT_ACCEPTED, CLOSED)), COURT_CLERK),
    ASSIGN_MEMBERS(EnumSet.complementOf(EnumSet.of(NOT_ACCEPTED, CLOSED)), COURT_CLERK);

    private final Set<CaseStatus> from;
    private final Set<CaseCapacity> takenBy;

    CaseTransition(Set<CaseStatus> from, CaseCapacity first, CaseCapacity... more) {
        this.from = EnumSet.copyOf(from);
        this.takenBy = EnumSet.of(first, more);
    }

    /** Whether this step is open to the actor now: the page offers only these. */
    public boolean allows(CaseStatus current, CaseActor actor) {
        return from.contains(current) && takenBy.stream().anyMatch(actor::actsAs);
    }

    /** Refuses the step, with a message saying why, unless the state and the actor's capacity allow it. */
    public void check(CaseStatus current, CaseActor actor) {
        if (takenBy.stream().noneMatch(actor::actsAs)) {
            throw new BusinessException("case.notAllowed", new Translatable(messageKey()));
        }
        if (!from.contains(current)) {
            throw new BusinessException("case.illegalTransition", new Translatable(messageKey()),
                    new Translatable(current.messageKey()));
        }
    }

    public Set<CaseStatus> from() {
        return EnumSet.copyOf(from);
    }

    public Set<CaseCapacity> takenBy() {
        return EnumSet.copyOf(takenBy);
    }

    public String messageKey() {
        return "transition." + name();
    }
}
