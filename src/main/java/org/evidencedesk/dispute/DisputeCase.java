package org.evidencedesk.dispute;

import static org.evidencedesk.dispute.CaseStatus.*;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * The case: the aggregate that parties, members, deadlines, the timeline and (later) evidence hang on.
 * Each step of its life is one method that checks the state and the actor's capacity through
 * {@link CaseTransition}, changes the case, computes the deadlines the step starts, and writes the timeline.
 */
@Entity
@Table(name = "dispute_case")
public class DisputeCase extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final int SEARCH_TEXT_MAX = 4000;
    /** The timeline's actor for what the server does on its own, as the disclosure workflow names it. */
    private static final String SYSTEM = "system";

    @Column(name = "filing_reference", length = 32, unique = true)
    private String filingReference;

    @Column(name = "case_number", length = 64, unique = true)
    private String caseNumber;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "court_id")
    private Court court;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_type", nullable = false, length = 32)
    private IpType ipType;

    @Enumerated(EnumType.STRING)
    @Column(name = "technology_area", nullable = false, length = 32)
    private TechnologyArea technologyArea;

    @Column(nullable = false, length = 10000)
    private String claims;

    @Column(nullable = false, length = 10000)
    private String relief;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from", length = 32)
    private CaseStatus suspendedFrom;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "evidence_period_start")
    private LocalDate evidencePeriodStart;

    @Column(name = "evidence_period_end")
    private LocalDate evidencePeriodEnd;

    @Column(name = "hearing_at")
    private Instant hearingAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appealable_decision", length = 16)
    private AppealableDecision appealableDecision;

    @Column(name = "extension_applied_on")
    private LocalDate extensionAppliedOn;

    @Column(name = "extension_applied_by", length = 300)
    private String extensionAppliedBy;

    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_MAX)
    private String searchText;

    /** The parties' names, lower case, one per line: what the list's party search looks in (V28). */
    @Column(name = "party_text", nullable = false)
    private String partyText = "";

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Party> parties = new ArrayList<>();

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt")
    private List<CaseMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("dueAt")
    private List<Deadline> deadlines = new ArrayList<>();

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<CaseEvent> events = new ArrayList<>();

    protected DisputeCase() {
    }

    /** A new filing by counsel for the claimant, who becomes the case's claimant counsel. */
    public static DisputeCase file(CaseDetails details, Court court, UserAccount filer, Instant now, DeadlinePlanner planner) {
        details.validate();
        DisputeCase filed = new DisputeCase();
        filed.court = court;
        filed.status = SUBMITTED;
        filed.filedAt = now;
        filed.describe(details);
        filed.members.add(new CaseMember(filed, filer, MemberRole.CLAIMANT_COUNSEL, now));
        filed.addDeadline(DeadlineKind.ACCEPTANCE, planner.statutory(StatutoryPeriod.ACCEPTANCE, planner.today(now)));
        filed.record(now, filer.getUsername(), "FILED", null, SUBMITTED, null);
        return filed;
    }

    /** Given once the case has its id: a reference the filer can quote at once, before any case number. */
    void assignFilingReference(String reference) {
        filingReference = reference;
        refreshSearchText();
    }

    // ---- filing and acceptance ----

    public void amend(CaseActor actor, CaseDetails details, Instant now) {
        CaseTransition.AMEND_FILING.check(status, actor);
        details.validate();
        describe(details);
        record(now, actor.username(), "AMENDED", null, null, null);
    }

    public void correctRecord(CaseActor actor, CaseDetails details, Instant now) {
        CaseTransition.CORRECT_RECORD.check(status, actor);
        details.validate();
        describe(details);
        record(now, actor.username(), "RECORD_CORRECTED", null, null, null);
    }

    public void requestCorrection(CaseActor actor, String whatToCorrect, Instant now) {
        CaseTransition.REQUEST_CORRECTION.check(status, actor);
        requireReason(whatToCorrect);
        moveTo(CORRECTION_REQUESTED, actor, now, "CORRECTION_REQUESTED", whatToCorrect);
    }

    /** The seven days to decide on acceptance run again from the corrected filing. */
    public void resubmit(CaseActor actor, Instant now, DeadlinePlanner planner) {
        CaseTransition.RESUBMIT.check(status, actor);
        closeOpen(DeadlineKind.ACCEPTANCE, Deadline.State.SUPERSEDED, now);
        addDeadline(DeadlineKind.ACCEPTANCE, planner.statutory(StatutoryPeriod.ACCEPTANCE, planner.today(now)));
        moveTo(SUBMITTED, actor, now, "RESUBMITTED", null);
    }

    public void withdrawFiling(CaseActor actor, Instant now) {
        CaseTransition.WITHDRAW_FILING.check(status, actor);
        closeOpenDeadlines(Deadline.State.SUPERSEDED, now);
        moveTo(WITHDRAWN, actor, now, "FILING_WITHDRAWN", null);
    }

    public void accept(CaseActor actor, String assignedNumber, Instant now, DeadlinePlanner planner) {
        CaseTransition.ACCEPT.check(status, actor);
        caseNumber = assignedNumber;
        acceptedAt = now;
        closeOpen(DeadlineKind.ACCEPTANCE, Deadline.State.MET, now);
        addDeadline(DeadlineKind.SERVICE, planner.statutory(StatutoryPeriod.SERVICE, planner.today(now)));
        refreshSearchText();
        moveTo(ACCEPTED, actor, now, "ACCEPTED", assignedNumber);
    }

    /**
     * The refusal is a ruling the claimant may appeal (CPL arts. 126, 157): the case does not end here but waits in
     * NOT_ACCEPTED for the ruling's service on each claimant, whose appeal period then runs; it closes after that
     * unless a claimant appealed.
     */
    public void refuse(CaseActor actor, String reason, Instant now) {
        CaseTransition.REFUSE.check(status, actor);
        requireReason(reason);
        closeOpenDeadlines(Deadline.State.MET, now);
        appealableDecision = AppealableDecision.REFUSAL;
        moveTo(NOT_ACCEPTED, actor, now, "NOT_ACCEPTED", reason);
    }

    // ---- service, answer and evidence ----

    /**
     * Records the day the complaint reached one respondent, whose own answer period runs from it: 15 days, or 30 for a
     * respondent without a domicile in China (CPL art. 128: "被告应当在收到之日起十五日内提出答辩状"; art. 285). Once
     * every respondent is served the case is SERVED, on the day the last one was.
     */
    public void recordService(CaseActor actor, Party respondent, LocalDate served, Instant now, DeadlinePlanner planner) {
        CaseTransition.RECORD_SERVICE.check(status, actor);
        requireAwaiting(respondent, partiesAwaitingService());
        requireNotInFuture(served, now, planner);
        respondent.complaintServed(served);
        StatutoryPeriod period = respondent.isDomiciledInChina() ? StatutoryPeriod.ANSWER : StatutoryPeriod.ANSWER_NO_DOMICILE;
        addDeadline(DeadlineKind.ANSWER, planner.statutory(period, served), respondent);
        String detail = respondent.getName() + " · " + served;
        if (!partiesAwaitingService().isEmpty()) {
            record(now, actor.username(), "SERVED", null, null, detail);
            return;
        }
        servedOn = partiesOn(Side.RESPONDENT).stream().map(Party::getComplaintServedOn).max(LocalDate::compareTo).orElseThrow();
        closeOpen(DeadlineKind.SERVICE, Deadline.State.MET, now);
        moveTo(SERVED, actor, now, "SERVED", detail);
    }

    /** The answer periods already run, each from its respondent's service; this moves the case into that stage. */
    public void openAnswerPeriod(CaseActor actor, Instant now, DeadlinePlanner planner) {
        CaseTransition.OPEN_ANSWER_PERIOD.check(status, actor);
        moveTo(ANSWER_PERIOD, actor, now, "ANSWER_PERIOD_OPENED", null);
    }

    /** The clerk sets the evidence period: at least fifteen days (CE art. 51), ending on a working day. */
    public void openEvidencePeriod(CaseActor actor, LocalDate start, LocalDate end, Instant now, DeadlinePlanner planner) {
        CaseTransition.OPEN_EVIDENCE_PERIOD.check(status, actor);
        DueDate due = evidencePeriodEnding(start, end, planner);
        evidencePeriodStart = start;
        evidencePeriodEnd = due.lastDay();
        closeOpen(DeadlineKind.ANSWER, Deadline.State.MET, now);
        addDeadline(DeadlineKind.EVIDENCE_PERIOD, due);
        moveTo(EVIDENCE_PERIOD, actor, now, "EVIDENCE_PERIOD_OPENED", start + " – " + due.lastDay());
    }

    /**
     * Counsel applies, now, to extend the evidence period. Only the application is bound to the period: CE art. 54
     * para. 1, "应当在举证期限届满前向人民法院提出书面申请"; the court decides afterwards, whenever it does.
     */
    public void applyForExtension(CaseActor actor, Instant now, DeadlinePlanner planner) {
        CaseTransition.APPLY_FOR_EXTENSION.check(status, actor);
        if (now.isAfter(planner.endOf(evidencePeriodEnd))) {
            throw new BusinessException("case.evidencePeriodOver", evidencePeriodEnd);
        }
        Side side = actor.side().orElseThrow();
        takeExtensionApplication(actor, actor.username() + " · " + side.name(), planner.today(now), now);
    }

    /** The clerk records a written application that reached the court on {@code receivedOn}, within the period. */
    public void recordExtensionApplication(CaseActor actor, Party applicant, LocalDate receivedOn, Instant now,
                                           DeadlinePlanner planner) {
        CaseTransition.RECORD_EXTENSION_APPLICATION.check(status, actor);
        requireAwaiting(applicant, litigants());
        requireNotInFuture(receivedOn, now, planner);
        if (receivedOn.isAfter(evidencePeriodEnd)) {
            throw new BusinessException("case.evidencePeriodOver", evidencePeriodEnd);
        }
        takeExtensionApplication(actor, applicant.getName(), receivedOn, now);
    }

    /**
     * The court grants the pending application and sets a later end, also after the period has ended: CE art. 54 binds
     * only the application, and the court may set a period again afterwards (CE art. 51 para. 3, CPLI art. 99 para. 3:
     * "举证期限届满后……人民法院可以酌情再次确定举证期限"). The new period applies to every party (art. 54 para. 2).
     */
    public void extendEvidencePeriod(CaseActor actor, LocalDate newEnd, Instant now, DeadlinePlanner planner) {
        CaseTransition.EXTEND_EVIDENCE_PERIOD.check(status, actor);
        requirePendingExtension();
        if (newEnd == null || !newEnd.isAfter(evidencePeriodEnd)) {
            throw new BusinessException("case.extensionMustBeLater", evidencePeriodEnd);
        }
        DueDate due = planner.setByCourt(newEnd, "CE art. 54");
        closeOpen(DeadlineKind.EVIDENCE_PERIOD, Deadline.State.SUPERSEDED, now);
        LocalDate previous = evidencePeriodEnd;
        evidencePeriodEnd = due.lastDay();
        addDeadline(DeadlineKind.EVIDENCE_PERIOD, due);
        clearExtensionApplication();
        record(now, actor.username(), "EVIDENCE_PERIOD_EXTENDED", null, null, previous + " → " + due.lastDay());
    }

    /** The court refuses the pending application and says why (CE art. 54 para. 3: "不予准许，并通知申请人"). */
    public void refuseExtension(CaseActor actor, String reason, Instant now) {
        CaseTransition.REFUSE_EXTENSION.check(status, actor);
        requirePendingExtension();
        requireReason(reason);
        clearExtensionApplication();
        record(now, actor.username(), "EXTENSION_REFUSED", null, null, reason);
    }

    /** An application to extend must be decided first: closing would decide it without saying so. */
    public void closeEvidencePeriod(CaseActor actor, Instant now) {
        CaseTransition.CLOSE_EVIDENCE_PERIOD.check(status, actor);
        if (extensionAppliedOn != null) {
            throw new BusinessException("case.extensionPending", extensionAppliedBy, extensionAppliedOn);
        }
        closeOpen(DeadlineKind.EVIDENCE_PERIOD, Deadline.State.MET, now);
        moveTo(EVIDENCE_EXCHANGE, actor, now, "EVIDENCE_EXCHANGE_OPENED", null);
    }

    // ---- hearing and decision ----

    /** Notice must reach the parties at least three days before the hearing (CPL art. 139). */
    public void scheduleHearing(CaseActor actor, ZonedDateTime at, Instant now, DeadlinePlanner planner) {
        CaseTransition.SCHEDULE_HEARING.check(status, actor);
        LocalDate earliest = planner.earliestHearingDay(planner.today(now));
        if (at == null || at.withZoneSameInstant(planner.zone()).toLocalDate().isBefore(earliest)) {
            throw new BusinessException("case.hearingTooSoon", earliest);
        }
        hearingAt = at.toInstant();
        deadlines.add(new Deadline(this, DeadlineKind.HEARING,
                new DueDate(at.withZoneSameInstant(planner.zone()).toLocalDate(), hearingAt, "CPL art. 139")));
        moveTo(HEARING_SCHEDULED, actor, now, "HEARING_SCHEDULED", at.withZoneSameInstant(planner.zone()).toString());
    }

    public void openHearing(CaseActor actor, Instant now) {
        CaseTransition.OPEN_HEARING.check(status, actor);
        closeOpen(DeadlineKind.HEARING, Deadline.State.MET, now);
        moveTo(HEARING, actor, now, "HEARING_OPENED", null);
    }

    public void enterJudgment(CaseActor actor, LocalDate on, Instant now, DeadlinePlanner planner) {
        CaseTransition.ENTER_JUDGMENT.check(status, actor);
        requireNotInFuture(on, now, planner);
        decidedOn = on;
        appealableDecision = AppealableDecision.JUDGMENT;
        moveTo(JUDGMENT, actor, now, "JUDGMENT_ENTERED", on.toString());
    }

    public void recordMediation(CaseActor actor, Instant now) {
        CaseTransition.RECORD_MEDIATION.check(status, actor);
        decide(actor, now, MEDIATED, "MEDIATED", null);
    }

    public void approveWithdrawal(CaseActor actor, String reason, Instant now) {
        CaseTransition.APPROVE_WITHDRAWAL.check(status, actor);
        decide(actor, now, WITHDRAWN, "WITHDRAWAL_APPROVED", reason);
    }

    public void dismiss(CaseActor actor, String ground, Instant now) {
        CaseTransition.DISMISS.check(status, actor);
        requireReason(ground);
        appealableDecision = AppealableDecision.DISMISSAL;
        decide(actor, now, DISMISSED, "DISMISSED", ground);
    }

    /**
     * Records the day the appealable judgment or ruling reached one party: its own appeal period runs from that day
     * (CPLI art. 244, "上诉期从各自收到判决书、裁定书之日计算"), for as many days as its own domicile gives (CPLI art. 536). The
     * first service of a judgment or a dismissal opens the appeal window; a refusal stays NOT_ACCEPTED meanwhile.
     */
    public void recordDecisionService(CaseActor actor, Party party, LocalDate served, Instant now, DeadlinePlanner planner) {
        CaseTransition.RECORD_DECISION_SERVICE.check(status, actor);
        requireAwaiting(party, partiesAwaitingDecisionService());
        requireNotInFuture(served, now, planner);
        party.decisionServed(served);
        addDeadline(DeadlineKind.APPEAL, planner.statutory(appealableDecision.appealPeriodFor(party), served), party);
        String detail = party.getName() + " · " + served;
        if (status == JUDGMENT || status == DISMISSED) {
            moveTo(APPEAL_WINDOW, actor, now, "DECISION_SERVED", detail);
        } else {
            record(now, actor.username(), "DECISION_SERVED", null, null, detail);
        }
    }

    /**
     * Records an appeal a party lodged within its own period (through this court, CPL art. 173). The decision then does
     * not take effect, and the case goes to the court of second instance: see {@link CaseStatus#APPEALED}.
     */
    public void recordAppeal(CaseActor actor, Party appellant, LocalDate lodgedOn, Instant now, DeadlinePlanner planner) {
        CaseTransition.RECORD_APPEAL.check(status, actor);
        requireAwaiting(appellant, partiesWhoMayStillAppeal());
        requireNotInFuture(lodgedOn, now, planner);
        Deadline period = appealPeriodOf(appellant);
        if (lodgedOn.isAfter(period.getDueOn())) {
            throw new BusinessException("case.appealOutOfTime", appellant.getName(), period.getDueOn());
        }
        appellant.appealed(lodgedOn);
        period.close(Deadline.State.MET, now);
        String detail = appellant.getName() + " · " + lodgedOn;
        if (status == APPEALED) {
            record(now, actor.username(), "APPEALED", null, null, detail);
        } else {
            moveTo(APPEALED, actor, now, "APPEALED", detail);
        }
    }

    public void close(CaseActor actor, Instant now) {
        CaseTransition.CLOSE.check(status, actor);
        requireNoProvisionalDeadline();
        requireEveryAppealPeriodOver(now);
        closeOpenDeadlines(Deadline.State.MET, now);
        moveTo(CLOSED, actor, now, "CLOSED", null);
    }

    /**
     * Whether a provisional deadline has passed is not known until its year's holiday file is installed (CPL
     * art. 85 moves the end off a 法定休假日), so a case does not close on one: closing would mark it met.
     */
    void requireNoProvisionalDeadline() {
        Optional<Deadline> provisional = openDeadlines().stream().filter(Deadline::isProvisional).findFirst();
        if (provisional.isPresent()) {
            throw new BusinessException("case.deadlineProvisional", provisional.get().getDueOn());
        }
    }

    // ---- the calendar learns a year ----

    /**
     * Counts every open deadline again on the calendar as it is now, from what it was counted from. A provisional
     * one whose count no longer looks at a year without a holiday file is superseded by the certain count; one that
     * was certain but now looks at such a year (a deadline stored before deadlines kept this flag) is marked
     * provisional. Each change is a line on the timeline. Returns how many deadlines changed.
     */
    public int reviewProvisionalDeadlines(Instant now, DeadlinePlanner planner) {
        int changed = 0;
        for (Deadline open : List.copyOf(openDeadlines())) {
            Optional<DueDate> due = recount(open, planner);
            if (due.isEmpty()) {
                continue;
            }
            if (open.isProvisional()) {
                replan(open, due.get(), now);
            } else {
                open.markProvisional();
                record(now, SYSTEM, "DEADLINE_PROVISIONAL", null, null, open.getDueOn() + " · " + open.getBasis());
            }
            changed++;
        }
        return changed;
    }

    /** Whether {@link #reviewProvisionalDeadlines} would change a deadline: a read, which changes nothing. */
    public boolean deadlinesNeedReview(DeadlinePlanner planner) {
        return openDeadlines().stream().anyMatch(open -> recount(open, planner).isPresent());
    }

    /**
     * The deadline counted again from what it was counted from, if the count now says otherwise about whether it is
     * provisional: certain where it was provisional (its year's file came), or provisional where it was stored certain.
     */
    private static Optional<DueDate> recount(Deadline open, DeadlinePlanner planner) {
        return open.reckoning().map(reckoning -> planner.reckon(reckoning, open.getBasis()))
                .filter(due -> due.provisional() != open.isProvisional());
    }

    private void replan(Deadline provisional, DueDate due, Instant now) {
        provisional.close(Deadline.State.SUPERSEDED, now);
        addDeadline(provisional.getKind(), due, provisional.getParty());
        if (provisional.getKind() == DeadlineKind.EVIDENCE_PERIOD) {
            evidencePeriodEnd = due.lastDay();
        }
        record(now, SYSTEM, "DEADLINE_REPLANNED", null, null,
                provisional.getDueOn() + " → " + due.lastDay() + " · " + due.basis());
    }

    public void suspend(CaseActor actor, String reason, Instant now) {
        CaseTransition.SUSPEND.check(status, actor);
        requireReason(reason);
        suspendedFrom = status;
        suspendedAt = now;
        moveTo(SUSPENDED, actor, now, "SUSPENDED", reason);
    }

    /**
     * Resumes where the case stood, its open deadlines as they were. CPL art. 153 says only "中止诉讼的原因消除后，
     * 恢复诉讼", and CPLI art. 246 that the suspension ruling lapses when the court lets the parties go on; no text in
     * the statutes makes time limits stand still meanwhile (the one standing-still, CE art. 55 (1), is of the evidence
     * period during a jurisdiction objection). So nothing moves by itself: a party that missed a period for a proper
     * reason applies within ten days to have it extended, and the court decides (CPL art. 86); periods the court set
     * it sets again by its own steps.
     */
    public void resume(CaseActor actor, Instant now) {
        CaseTransition.RESUME.check(status, actor);
        CaseStatus back = suspendedFrom;
        suspendedFrom = null;
        suspendedAt = null;
        moveTo(back, actor, now, "RESUMED", null);
    }

    // ---- members ----

    public void addMember(CaseActor actor, UserAccount user, MemberRole role, Instant now) {
        CaseTransition.ASSIGN_MEMBERS.check(status, actor);
        if (!user.hasRole(role.requiredRole())) {
            throw new BusinessException("case.memberNeedsRole", new Translatable(role.requiredRole().messageKey()));
        }
        if (!user.isEnabled()) {
            throw new BusinessException("case.memberDisabled", user.getUsername());
        }
        if (members.stream().anyMatch(member -> member.is(user.getUsername(), role))) {
            throw new BusinessException("case.alreadyMember", user.getUsername());
        }
        if (role.side() != Side.COURT && members.stream().anyMatch(member ->
                member.getUser().getUsername().equals(user.getUsername()) && member.getSide() != role.side())) {
            throw new BusinessException("case.memberOnOtherSide", user.getUsername());
        }
        members.add(new CaseMember(this, user, role, now));
        record(now, actor.username(), "MEMBER_ADDED", null, null, user.getUsername() + " · " + role.name());
    }

    public void removeMember(CaseActor actor, long memberId, Instant now) {
        CaseTransition.ASSIGN_MEMBERS.check(status, actor);
        CaseMember member = members.stream().filter(m -> Long.valueOf(memberId).equals(m.getId())).findFirst()
                .orElseThrow(() -> new BusinessException("case.memberNotFound"));
        if (member.getRole() == MemberRole.CLAIMANT_COUNSEL
                && members.stream().filter(m -> m.getRole() == MemberRole.CLAIMANT_COUNSEL).count() == 1) {
            throw new BusinessException("case.lastClaimantCounsel");
        }
        members.remove(member);
        record(now, actor.username(), "MEMBER_REMOVED", null, null,
                member.getUser().getUsername() + " · " + member.getRole().name());
    }

    // ---- internals ----

    private void describe(CaseDetails details) {
        List<Party> kept = partiesKeptBy(details.parties());
        title = details.title().trim();
        ipType = details.ipType();
        technologyArea = details.technologyArea();
        claims = details.claims().trim();
        relief = details.relief().trim();
        describeParties(details.parties(), kept);
        refreshSearchText();
    }

    /**
     * A party the corrected details still name (the same side and name) stays the same party, so a served party keeps
     * the days it was served and the deadlines that name it; the other rows become new parties.
     */
    private void describeParties(List<PartyDetails> wanted, List<Party> kept) {
        List<Party> next = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            Party party = kept.get(position);
            if (party == null) {
                next.add(new Party(this, wanted.get(position), position));
            } else {
                party.redescribe(wanted.get(position), position);
                next.add(party);
            }
        }
        parties.clear();
        parties.addAll(next);
    }

    /**
     * The existing party each row stands for, or null for a new one. A served party must still be named, with the
     * domicile its deadlines were computed from: checked before anything changes, so a refused correction changes nothing.
     */
    private List<Party> partiesKeptBy(List<PartyDetails> wanted) {
        List<Party> unclaimed = new ArrayList<>(parties);
        List<Party> kept = new ArrayList<>();
        for (PartyDetails row : wanted) {
            Party same = unclaimed.stream().filter(party -> party.isNamedBy(row)).findFirst().orElse(null);
            unclaimed.remove(same);
            kept.add(same);
            if (same != null && same.hasBeenServed() && same.isDomiciledInChina() != row.domiciledInChina()) {
                throw new BusinessException("case.servedPartyKeepsSideAndDomicile", same.getName());
            }
        }
        for (Party dropped : unclaimed) {
            if (dropped.hasBeenServed()) {
                throw new BusinessException("case.servedPartyKeepsSideAndDomicile", dropped.getName());
            }
        }
        return kept;
    }

    private DueDate evidencePeriodEnding(LocalDate start, LocalDate end, DeadlinePlanner planner) {
        if (start == null || end == null) {
            throw new BusinessException("case.evidencePeriodRequired");
        }
        planner.checkEvidencePeriodEnd(start, end);
        return planner.setByCourt(end, "CE art. 51");
    }

    private void decide(CaseActor actor, Instant now, CaseStatus outcome, String event, String detail) {
        closeOpenDeadlines(Deadline.State.SUPERSEDED, now);
        moveTo(outcome, actor, now, event, detail);
    }

    private void moveTo(CaseStatus next, CaseActor actor, Instant now, String event, String detail) {
        CaseStatus previous = status;
        status = next;
        record(now, actor.username(), event, previous, next, detail);
    }

    private void record(Instant now, String actor, String type, CaseStatus from, CaseStatus to, String detail) {
        events.add(new CaseEvent(this, now, actor, type, from, to, detail));
    }

    private void addDeadline(DeadlineKind kind, DueDate due) {
        addDeadline(kind, due, null);
    }

    private void addDeadline(DeadlineKind kind, DueDate due, Party party) {
        deadlines.add(new Deadline(this, kind, due, party));
    }

    private void takeExtensionApplication(CaseActor actor, String applicant, LocalDate appliedOn, Instant now) {
        if (extensionAppliedOn != null) {
            throw new BusinessException("case.extensionPending", extensionAppliedBy, extensionAppliedOn);
        }
        extensionAppliedOn = appliedOn;
        extensionAppliedBy = applicant;
        record(now, actor.username(), "EXTENSION_APPLIED", null, null, applicant + " · " + appliedOn);
    }

    private void requirePendingExtension() {
        if (extensionAppliedOn == null) {
            throw new BusinessException("case.noExtensionApplication");
        }
    }

    private void clearExtensionApplication() {
        extensionAppliedOn = null;
        extensionAppliedBy = null;
    }

    /**
     * A decision takes effect only when every party's appeal period has ended and none has appealed (CPLI art. 536:
     * "当事人的上诉期均已届满没有上诉的，第一审人民法院的判决、裁定即发生法律效力"): so each party that may appeal
     * must have been served, and the last period to end must be over. An appeal moves the case to APPEALED, which
     * never closes here.
     */
    private void requireEveryAppealPeriodOver(Instant now) {
        if (appealableDecision == null) {
            return;
        }
        List<Party> unserved = partiesAwaitingDecisionService();
        if (!unserved.isEmpty()) {
            throw new BusinessException("case.decisionNotServed",
                    unserved.stream().map(Party::getName).collect(Collectors.joining(", ")));
        }
        Optional<Deadline> last = deadlines.stream().filter(d -> d.getKind() == DeadlineKind.APPEAL && d.isOpen())
                .max(java.util.Comparator.comparing(Deadline::getDueAt));
        if (last.isPresent() && !now.isAfter(last.get().getDueAt())) {
            throw new BusinessException("case.appealWindowOpen", last.get().getDueOn());
        }
    }

    /**
     * The party's own appeal period; a case that was in its appeal window before periods were kept per party has one
     * period for all, naming no party.
     */
    private Deadline appealPeriodOf(Party party) {
        return deadlines.stream().filter(d -> d.getKind() == DeadlineKind.APPEAL && d.isFor(party)).findFirst()
                .or(() -> deadlines.stream().filter(d -> d.getKind() == DeadlineKind.APPEAL && d.getParty() == null).findFirst())
                .orElseThrow();
    }

    private static void requireAwaiting(Party party, List<Party> awaiting) {
        if (party == null || !awaiting.contains(party)) {
            throw new BusinessException("case.partyNotAwaiting", party == null ? "" : party.getName());
        }
    }

    private void closeOpen(DeadlineKind kind, Deadline.State outcome, Instant now) {
        deadlines.stream().filter(d -> d.getKind() == kind).forEach(d -> d.close(outcome, now));
    }

    private void closeOpenDeadlines(Deadline.State outcome, Instant now) {
        deadlines.forEach(d -> d.close(outcome, now));
    }

    /** The claimants and respondents; a platform that only holds data is no party and neither answers nor appeals. */
    private List<Party> litigants() {
        return parties.stream().filter(p -> p.getSide() != Side.THIRD_PARTY).toList();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > CaseDetails.TEXT_MAX) {
            throw new BusinessException("case.reasonRequired", CaseDetails.TEXT_MAX);
        }
    }

    private static void requireNotInFuture(LocalDate day, Instant now, DeadlinePlanner planner) {
        if (day == null) {
            throw new BusinessException("case.dateRequired");
        }
        if (day.isAfter(planner.today(now))) {
            throw new BusinessException("case.dateInFuture", day);
        }
    }

    private void refreshSearchText() {
        String text = Stream.concat(Stream.of(filingReference, caseNumber, title),
                        parties.stream().map(Party::getName))
                .filter(part -> part != null && !part.isBlank())
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
        searchText = text.length() > SEARCH_TEXT_MAX ? text.substring(0, SEARCH_TEXT_MAX) : text;
        partyText = partyTextOf(parties.stream().map(Party::getName).toList());
    }

    /**
     * What the list's party search looks in: the names, lower case, one per line. A name holds no line break (names
     * are one line), so a term without one is found in this text exactly when one name contains it.
     */
    public static String partyTextOf(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT).replace('\n', ' ')).collect(Collectors.joining("\n"));
    }

    // ---- reading ----

    /** Loads the parts a case page shows while the transaction is open. */
    void loadForDisplay() {
        parties.size();
        members.size();
        deadlines.size();
        events.size();
    }

    public CaseDetails details() {
        return new CaseDetails(title, ipType, technologyArea, claims, relief, parties.stream().map(Party::details).toList());
    }

    public List<Party> partiesOn(Side side) {
        return parties.stream().filter(p -> p.getSide() == side).toList();
    }

    /** One of this case's parties by its id, or a refusal if the case has none such. */
    public Party party(long partyId) {
        return parties.stream().filter(p -> Long.valueOf(partyId).equals(p.getId())).findFirst()
                .orElseThrow(() -> new BusinessException("case.partyNotAwaiting", partyId));
    }

    /** Respondents the complaint has not yet reached. */
    public List<Party> partiesAwaitingService() {
        return partiesOn(Side.RESPONDENT).stream().filter(p -> p.getComplaintServedOn() == null).toList();
    }

    /** Parties that may appeal the decision and have not yet been served with it. */
    public List<Party> partiesAwaitingDecisionService() {
        if (appealableDecision == null) {
            return List.of();
        }
        return parties.stream().filter(appealableDecision::mayBeAppealedBy).filter(p -> p.getDecisionServedOn() == null)
                .toList();
    }

    /** Parties served with the decision that have not appealed: the clerk may record an appeal of theirs. */
    public List<Party> partiesWhoMayStillAppeal() {
        return parties.stream().filter(p -> p.getDecisionServedOn() != null && !p.hasAppealed()).toList();
    }

    /** The parties the clerk may record an application to extend the evidence period for. */
    public List<Party> possibleExtensionApplicants() {
        return litigants();
    }

    public List<Deadline> openDeadlines() {
        return deadlines.stream().filter(Deadline::isOpen).toList();
    }

    /** Whether an open deadline may still move because its year has no holiday file; the case page warns of it. */
    public boolean hasProvisionalDeadline() {
        return openDeadlines().stream().anyMatch(Deadline::isProvisional);
    }

    public Optional<CaseMember> membership(String username, MemberRole role) {
        return members.stream().filter(member -> member.is(username, role)).findFirst();
    }

    /**
     * Whether evidence may still be lodged in the case; the case page offers Submit evidence, and the intake accepts
     * it, by this one rule. Not once nothing more happens on the merits at this court ({@link CaseStatus#isFinished()}:
     * not accepted, appealed, closed), nor once the suit is withdrawn (WITHDRAWN): a withdrawn claim leaves nothing to
     * prove. Every other status takes evidence, from the filing (evidence goes with the statement of claim) through
     * the proceedings to a decision whose appeal period still runs here.
     */
    public boolean acceptsEvidence() {
        return !status.isFinished() && status != CaseStatus.WITHDRAWN;
    }

    public boolean hasMember(String username) {
        return members.stream().anyMatch(member -> member.getUser().getUsername().equals(username));
    }

    /** The case number once accepted, else the filing reference. */
    public String getDisplayNumber() {
        return displayNumber(caseNumber, filingReference);
    }

    /** The case number once accepted, else the filing reference; for lists that read both as columns. */
    static String displayNumber(String caseNumber, String filingReference) {
        return caseNumber != null ? caseNumber : filingReference;
    }

    public String getFilingReference() {
        return filingReference;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Court getCourt() {
        return court;
    }

    public String getTitle() {
        return title;
    }

    public IpType getIpType() {
        return ipType;
    }

    public TechnologyArea getTechnologyArea() {
        return technologyArea;
    }

    public String getClaims() {
        return claims;
    }

    public String getRelief() {
        return relief;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public LocalDate getEvidencePeriodStart() {
        return evidencePeriodStart;
    }

    public LocalDate getEvidencePeriodEnd() {
        return evidencePeriodEnd;
    }

    public Instant getHearingAt() {
        return hearingAt;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public AppealableDecision getAppealableDecision() {
        return appealableDecision;
    }

    /** The day a pending application to extend the evidence period was made, or null if none is pending. */
    public LocalDate getExtensionAppliedOn() {
        return extensionAppliedOn;
    }

    public String getExtensionAppliedBy() {
        return extensionAppliedBy;
    }

    public List<Party> getParties() {
        return Collections.unmodifiableList(parties);
    }

    public List<CaseMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public List<Deadline> getDeadlines() {
        return Collections.unmodifiableList(deadlines);
    }

    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
