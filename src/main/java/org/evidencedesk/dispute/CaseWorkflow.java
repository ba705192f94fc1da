package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.shared.BusinessException;

/**
 * Every use case on a case enters here: filing, each step of its life, and its members. Each opens the
 * transaction, finds the case only if the user may see it, refuses a change made from a stale version,
 * and lets the case decide whether the step is legal.
 */
@ApplicationScoped
@Transactional
public class CaseWorkflow {

    private static final Logger LOG = Logger.getLogger(CaseWorkflow.class.getName());

    @Inject
    private DisputeCases cases;

    @Inject
    private Courts courts;

    @Inject
    private UserAccounts accounts;

    @Inject
    private AccountProvisioning provisioning;

    @Inject
    private CaseAccessPolicy policy;

    @Inject
    private CaseNumbers caseNumbers;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private Clock clock;

    /** A case as one user may see it, or {@link CaseNotFoundException} (logged) if they may not. */
    public CaseView view(long caseId, @NotNull String username) {
        CaseView view = visible(caseId, username);
        view.disputeCase().loadForDisplay();
        return view;
    }

    /**
     * The capacities in which a user acts on a case, or {@link CaseNotFoundException} (logged) if they may not see it:
     * the same check as {@link #view}, for a list's count or page, without loading the parts a case page shows.
     */
    public CaseActor actor(long caseId, @NotNull String username) {
        return visible(caseId, username).actor();
    }

    /**
     * The case and the user's capacities in it, checked as {@link #view} checks them, without loading the parts a case
     * page shows (parties, deadlines, events): for a page of a list that needs the case itself, such as the custody
     * tab's, which every page asks for again.
     */
    public CaseView listView(long caseId, @NotNull String username) {
        return visible(caseId, username);
    }

    private CaseView visible(long caseId, String username) {
        UserAccount user = user(username);
        DisputeCase found = cases.byId(caseId).orElseThrow(CaseNotFoundException::new);
        CaseActor actor = policy.actorFor(user, found);
        if (!actor.mayView()) {
            LOG.warning(() -> "User " + username + " asked for case " + caseId + ", which they may not see: answered 404");
            throw new CaseNotFoundException();
        }
        return new CaseView(found, actor);
    }

    public DisputeCase file(@NotNull CaseDetails details, Long courtId, @NotNull String username) {
        UserAccount filer = user(username);
        if (!filer.hasRole(Role.COUNSEL)) {
            throw new BusinessException("case.onlyCounselFiles");
        }
        Court court = courts.byId(courtId).orElseThrow(() -> new BusinessException("case.courtRequired"));
        Instant now = clock.instant();
        DisputeCase filed = DisputeCase.file(details, court, filer, now, planner);
        cases.add(filed);
        filed.assignFilingReference(String.format("ED-%d-%06d", planner.today(now).getYear(), filed.getId()));
        LOG.info(() -> "Case " + filed.getFilingReference() + " filed by " + username + " with " + court.getCode());
        return filed;
    }

    public void amend(long caseId, long version, @NotNull String username, @NotNull CaseDetails details) {
        change(caseId, version, username, (c, a) -> c.amend(a, details, clock.instant()));
    }

    public void correctRecord(long caseId, long version, @NotNull String username, @NotNull CaseDetails details) {
        change(caseId, version, username, (c, a) -> c.correctRecord(a, details, clock.instant()));
    }

    public void requestCorrection(long caseId, long version, @NotNull String username, String whatToCorrect) {
        change(caseId, version, username, (c, a) -> c.requestCorrection(a, whatToCorrect, clock.instant()));
    }

    public void resubmit(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.resubmit(a, clock.instant(), planner));
    }

    public void withdrawFiling(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.withdrawFiling(a, clock.instant()));
    }

    public void accept(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> {
            CaseTransition.ACCEPT.check(c.getStatus(), a);
            Instant now = clock.instant();
            c.accept(a, caseNumbers.next(c.getCourt(), planner.today(now).getYear()), now, planner);
        });
    }

    public void refuse(long caseId, long version, @NotNull String username, String reason) {
        change(caseId, version, username, (c, a) -> c.refuse(a, reason, clock.instant()));
    }

    /** The complaint reached one respondent on {@code servedOn}. */
    public void recordService(long caseId, long version, @NotNull String username, long respondentId, LocalDate servedOn) {
        change(caseId, version, username, (c, a) -> c.recordService(a, c.party(respondentId), servedOn, clock.instant(), planner));
    }

    public void openAnswerPeriod(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.openAnswerPeriod(a, clock.instant(), planner));
    }

    public void openEvidencePeriod(long caseId, long version, @NotNull String username, LocalDate start, LocalDate end) {
        change(caseId, version, username, (c, a) -> c.openEvidencePeriod(a, start, end, clock.instant(), planner));
    }

    public void applyForExtension(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.applyForExtension(a, clock.instant(), planner));
    }

    public void recordExtensionApplication(long caseId, long version, @NotNull String username, long applicantId,
                                           LocalDate receivedOn) {
        change(caseId, version, username, (c, a) -> c.recordExtensionApplication(a, c.party(applicantId), receivedOn,
                clock.instant(), planner));
    }

    public void refuseExtension(long caseId, long version, @NotNull String username, String reason) {
        change(caseId, version, username, (c, a) -> c.refuseExtension(a, reason, clock.instant()));
    }

    public void extendEvidencePeriod(long caseId, long version, @NotNull String username, LocalDate newEnd) {
        change(caseId, version, username, (c, a) -> c.extendEvidencePeriod(a, newEnd, clock.instant(), planner));
    }

    public void closeEvidencePeriod(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.closeEvidencePeriod(a, clock.instant()));
    }

    public void scheduleHearing(long caseId, long version, @NotNull String username, ZonedDateTime at) {
        change(caseId, version, username, (c, a) -> c.scheduleHearing(a, at, clock.instant(), planner));
    }

    public void openHearing(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.openHearing(a, clock.instant()));
    }

    public void enterJudgment(long caseId, long version, @NotNull String username, LocalDate on) {
        change(caseId, version, username, (c, a) -> c.enterJudgment(a, on, clock.instant(), planner));
    }

    public void recordMediation(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.recordMediation(a, clock.instant()));
    }

    public void approveWithdrawal(long caseId, long version, @NotNull String username, String reason) {
        change(caseId, version, username, (c, a) -> c.approveWithdrawal(a, reason, clock.instant()));
    }

    public void dismiss(long caseId, long version, @NotNull String username, String ground) {
        change(caseId, version, username, (c, a) -> c.dismiss(a, ground, clock.instant()));
    }

    /** The appealable judgment or ruling reached one party on {@code servedOn}. */
    public void recordDecisionService(long caseId, long version, @NotNull String username, long partyId, LocalDate servedOn) {
        change(caseId, version, username, (c, a) -> c.recordDecisionService(a, c.party(partyId), servedOn, clock.instant(),
                planner));
    }

    /** One party lodged an appeal on {@code lodgedOn}. */
    public void recordAppeal(long caseId, long version, @NotNull String username, long partyId, LocalDate lodgedOn) {
        change(caseId, version, username, (c, a) -> c.recordAppeal(a, c.party(partyId), lodgedOn, clock.instant(), planner));
    }

    public void close(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.close(a, clock.instant()));
    }

    /**
     * Counts the case's open deadlines again on the calendar as it is now (see
     * {@link DisputeCase#reviewProvisionalDeadlines}); run by {@link ProvisionalDeadlineReview}, not by a user.
     */
    public int reviewProvisionalDeadlines(long caseId) {
        // Read first: most cases under review await a holiday file still missing and change nothing. Only a case that
        // changes is taken for a change (a new version), so the review at every start and every night does not make
        // the edits users began before it fail as concurrent (17,308 cases of the 100,000-case benchmark docket, at
        // each start).
        if (!cases.byId(caseId).map(c -> c.deadlinesNeedReview(planner)).orElse(false)) {
            return 0;
        }
        return cases.forChange(caseId).map(c -> c.reviewProvisionalDeadlines(clock.instant(), planner)).orElse(0);
    }

    public void suspend(long caseId, long version, @NotNull String username, String reason) {
        change(caseId, version, username, (c, a) -> c.suspend(a, reason, clock.instant()));
    }

    public void resume(long caseId, long version, @NotNull String username) {
        change(caseId, version, username, (c, a) -> c.resume(a, clock.instant()));
    }

    /** Assigns an existing user to the case in a role their account allows. */
    public void addMember(long caseId, long version, @NotNull String username, String memberUsername, MemberRole role) {
        UserAccount member = accounts.byUsername(memberUsername)
                .orElseThrow(() -> new BusinessException("case.memberUnknown", memberUsername));
        change(caseId, version, username, (c, a) -> c.addMember(a, member, role, clock.instant()));
    }

    /** Creates an account for respondent counsel who has none yet, and assigns it to the case. */
    public void addNewRespondentCounsel(long caseId, long version, @NotNull String username, String counselUsername,
                                        String displayName, String email, String initialPassword) {
        DisputeCase disputeCase = visibleForChange(caseId, version, username);
        CaseActor actor = policy.actorFor(user(username), disputeCase);
        CaseTransition.ASSIGN_MEMBERS.check(disputeCase.getStatus(), actor);
        // The clerk's right to assign members was checked just above; the account is made for that assignment.
        UserAccount counsel = provisioning.create(counselUsername, displayName, email, EnumSet.of(Role.COUNSEL), null,
                initialPassword, username);
        disputeCase.addMember(actor, counsel, MemberRole.RESPONDENT_COUNSEL, clock.instant());
    }

    public void removeMember(long caseId, long version, @NotNull String username, long memberId) {
        change(caseId, version, username, (c, a) -> c.removeMember(a, memberId, clock.instant()));
    }

    private void change(long caseId, long version, String username, BiConsumer<DisputeCase, CaseActor> step) {
        DisputeCase disputeCase = visibleForChange(caseId, version, username);
        step.accept(disputeCase, policy.actorFor(user(username), disputeCase));
    }

    private DisputeCase visibleForChange(long caseId, long version, String username) {
        UserAccount user = user(username);
        DisputeCase disputeCase = cases.forChange(caseId).orElseThrow(CaseNotFoundException::new);
        if (!policy.actorFor(user, disputeCase).mayView()) {
            LOG.warning(() -> "User " + username + " tried to change case " + caseId + ", which they may not see: answered 404");
            throw new CaseNotFoundException();
        }
        if (disputeCase.getVersion() != version) {
            throw new OptimisticLockException(disputeCase);
        }
        return disputeCase;
    }

    private UserAccount user(String username) {
        return accounts.byUsername(username).orElseThrow(CaseNotFoundException::new);
    }
}
