package org.evidencedesk.dispute.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.evidencedesk.casefile.CaseFile;
import org.evidencedesk.casefile.CaseFileReader;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.CustodyRow;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseTransition;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Deadline;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.evidence.CheckpointOnDemand;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.ItemQuery;
import org.evidencedesk.web.EvidenceList;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * The case page: details, parties, members, deadlines, timeline, evidence, disclosure requests, the custody log,
 * and the steps the user may take now. What it shows is one {@link CaseFile}, read for the user; the page decides
 * nothing about access. The version loaded with the page goes with every step, so a step based on a stale page is
 * refused.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a step asks for besides a click. */
    public enum Input { NONE, REASON, DATE, PARTY_DATE, PERIOD, END_DATE, DATE_TIME, EDIT_PAGE }

    @Inject
    private CaseFileReader caseFiles;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private PageMessages messages;

    @Inject
    private transient Clock clock;

    @Inject
    private CustodyLog custodyLog;

    @Inject
    private EvidenceAccess evidenceAccess;

    @Inject
    private CheckpointOnDemand checkpoints;

    private Long id;
    private CaseTab tab = CaseTab.OVERVIEW;
    private CaseFile file;
    private long version;
    private CustodyTab custody;
    private EvidenceList evidence;

    private String reason;
    private LocalDate date;
    private LocalDate endDate;
    private Long partyId;
    private LocalDateTime dateTime;
    private String memberUsername;
    private MemberRole memberRole;
    private String newCounselUsername;
    private String newCounselName;
    private String newCounselEmail;
    private String newCounselPassword;

    /** View action: the case named by the {@code id} parameter, or 404 if absent or not the user's to see. */
    public String load() {
        try {
            file = caseFiles.read(id == null ? -1 : id, currentUser.getUsername());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        version = file.disputeCase().getVersion();
        date = planner.today(clock.instant());
        custody = new CustodyTab(custodyLog, file.disputeCase().getId(), currentUser.getUsername());
        evidence = new EvidenceList(evidenceAccess, ItemQuery.ofCase(file.disputeCase().getId(), false), currentUser.getUsername(),
                file.evidenceCount());
        return null;
    }

    /** The parties {@code step} may name, for its menu. */
    public List<Party> partiesFor(CaseTransition step) {
        return file.actions().partiesFor(step);
    }

    public Input input(CaseTransition step) {
        return switch (step) {
            case REQUEST_CORRECTION, REFUSE, APPROVE_WITHDRAWAL, DISMISS, SUSPEND, REFUSE_EXTENSION -> Input.REASON;
            case ENTER_JUDGMENT -> Input.DATE;
            case RECORD_SERVICE, RECORD_DECISION_SERVICE, RECORD_APPEAL, RECORD_EXTENSION_APPLICATION -> Input.PARTY_DATE;
            case OPEN_EVIDENCE_PERIOD -> Input.PERIOD;
            case EXTEND_EVIDENCE_PERIOD -> Input.END_DATE;
            case SCHEDULE_HEARING -> Input.DATE_TIME;
            case AMEND_FILING, CORRECT_RECORD -> Input.EDIT_PAGE;
            default -> Input.NONE;
        };
    }

    public String take(CaseTransition step) {
        String user = currentUser.getUsername();
        long id = caseId();
        return attempt(() -> {
            switch (step) {
                case REQUEST_CORRECTION -> workflow.requestCorrection(id, version, user, reason);
                case RESUBMIT -> workflow.resubmit(id, version, user);
                case WITHDRAW_FILING -> workflow.withdrawFiling(id, version, user);
                case ACCEPT -> workflow.accept(id, version, user);
                case REFUSE -> workflow.refuse(id, version, user, reason);
                case RECORD_SERVICE -> workflow.recordService(id, version, user, party(), date);
                case OPEN_ANSWER_PERIOD -> workflow.openAnswerPeriod(id, version, user);
                case OPEN_EVIDENCE_PERIOD -> workflow.openEvidencePeriod(id, version, user, date, endDate);
                case APPLY_FOR_EXTENSION -> workflow.applyForExtension(id, version, user);
                case RECORD_EXTENSION_APPLICATION -> workflow.recordExtensionApplication(id, version, user, party(), date);
                case EXTEND_EVIDENCE_PERIOD -> workflow.extendEvidencePeriod(id, version, user, endDate);
                case REFUSE_EXTENSION -> workflow.refuseExtension(id, version, user, reason);
                case CLOSE_EVIDENCE_PERIOD -> workflow.closeEvidencePeriod(id, version, user);
                case SCHEDULE_HEARING -> workflow.scheduleHearing(id, version, user,
                        dateTime == null ? null : dateTime.atZone(planner.zone()));
                case OPEN_HEARING -> workflow.openHearing(id, version, user);
                case ENTER_JUDGMENT -> workflow.enterJudgment(id, version, user, date);
                case RECORD_MEDIATION -> workflow.recordMediation(id, version, user);
                case APPROVE_WITHDRAWAL -> workflow.approveWithdrawal(id, version, user, reason);
                case DISMISS -> workflow.dismiss(id, version, user, reason);
                case RECORD_DECISION_SERVICE -> workflow.recordDecisionService(id, version, user, party(), date);
                case RECORD_APPEAL -> workflow.recordAppeal(id, version, user, party(), date);
                case CLOSE -> workflow.close(id, version, user);
                case SUSPEND -> workflow.suspend(id, version, user, reason);
                case RESUME -> workflow.resume(id, version, user);
                default -> throw new BusinessException("case.notAllowed", new Translatable(step.messageKey()));
            }
        }, "case.stepDone", CaseTab.OVERVIEW);
    }

    private long party() {
        if (partyId == null) {
            throw new BusinessException("case.partyRequired");
        }
        return partyId;
    }

    /** The clerk or the assigned judge signs and timestamps the custody chain's head now (the service checks who). */
    public String checkpoint() {
        long id = caseId();
        return attempt(() -> checkpoints.checkpoint(id, currentUser.getUsername()), "custody.checkpointed", CaseTab.CUSTODY);
    }

    public String addMember() {
        long id = caseId();
        return attempt(() -> workflow.addMember(id, version, currentUser.getUsername(), memberUsername, memberRole), "case.memberAdded",
                CaseTab.MEMBERS);
    }

    public String addNewRespondentCounsel() {
        long id = caseId();
        return attempt(() -> workflow.addNewRespondentCounsel(id, version, currentUser.getUsername(), newCounselUsername,
                newCounselName, newCounselEmail, newCounselPassword), "case.memberAdded", CaseTab.MEMBERS);
    }

    public String removeMember(long memberId) {
        long id = caseId();
        return attempt(() -> workflow.removeMember(id, version, currentUser.getUsername(), memberId), "case.memberRemoved",
                CaseTab.MEMBERS);
    }

    /**
     * The case this view was loaded for. Actions use it, never the {@code id} view parameter, which a postback
     * sets again from whatever the request carries; the services check the user's capacity on it anew.
     */
    private long caseId() {
        return file.disputeCase().getId();
    }

    /**
     * Takes a step from the tab it is on: a refused step shows the page again on that tab with the reason, a step
     * taken leads to the page afresh on that tab. The tab is the step's own, not the one the browser last showed,
     * which the server does not follow.
     */
    private String attempt(Runnable change, String successKey, CaseTab from) {
        tab = from;
        if (!messages.attempt(change)) {
            return null;
        }
        messages.info(successKey);
        messages.keepForRedirect();
        return "/cases/view?faces-redirect=true&id=" + caseId() + (from == CaseTab.OVERVIEW ? "" : "&tab=" + from.parameter());
    }

    /** The chain a page at a time, the entries the viewer may not see withheld (see {@code CustodyAudience}). */
    public CustodyTab getCustody() {
        return custody;
    }

    /** Whether the user reads the whole custody log (court staff): the others are told that entries may be withheld. */
    public boolean isCourt() {
        return file.actions().readCustodyLog();
    }

    public boolean isMayCheckpoint() {
        return file.actions().checkpoint();
    }

    /** The items the user may see, a page at a time (see {@link EvidenceList}). */
    public EvidenceList getEvidence() {
        return evidence;
    }

    /** Whether the user may see any item of the case. */
    public boolean isAnyEvidence() {
        return file.evidenceCount() > 0;
    }

    public boolean isMaySubmitEvidence() {
        return file.actions().submitEvidence();
    }

    public boolean overdue(Deadline deadline) {
        return deadline.isOverdue(clock.instant());
    }

    public boolean isMayAssignMembers() {
        return file.actions().assignMembers();
    }

    public DisputeCase getCase() {
        return file.disputeCase();
    }

    public List<CaseTransition> getSteps() {
        return file.actions().steps();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The {@code tab} parameter: the tab the page opens on (see {@link CaseTab}). */
    public String getTab() {
        return tab.parameter();
    }

    public void setTab(String name) {
        tab = CaseTab.named(name);
    }

    /** The open tab's position, for the tab view: only that tab is rendered with the page. */
    public int getActiveIndex() {
        return tab.ordinal();
    }

    public void setActiveIndex(int index) {
        tab = CaseTab.at(index);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDateTime getDateTime() {
        return dateTime;
    }

    public void setDateTime(LocalDateTime dateTime) {
        this.dateTime = dateTime;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public void setMemberUsername(String memberUsername) {
        this.memberUsername = memberUsername;
    }

    public MemberRole getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(MemberRole memberRole) {
        this.memberRole = memberRole;
    }

    public String getNewCounselUsername() {
        return newCounselUsername;
    }

    public void setNewCounselUsername(String newCounselUsername) {
        this.newCounselUsername = newCounselUsername;
    }

    public String getNewCounselName() {
        return newCounselName;
    }

    public void setNewCounselName(String newCounselName) {
        this.newCounselName = newCounselName;
    }

    public String getNewCounselEmail() {
        return newCounselEmail;
    }

    public void setNewCounselEmail(String newCounselEmail) {
        this.newCounselEmail = newCounselEmail;
    }

    public String getNewCounselPassword() {
        return newCounselPassword;
    }

    public void setNewCounselPassword(String newCounselPassword) {
        this.newCounselPassword = newCounselPassword;
    }

    public List<DisclosureRequest> getRequests() {
        return file.requests();
    }

    public boolean isMayApply() {
        return file.actions().applyForDisclosure();
    }
}
