package org.evidencedesk.disclosure;

import static org.evidencedesk.disclosure.DisclosureTransition.*;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.DueDate;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.ProtectiveMeasures;
import org.evidencedesk.ruling.Reasons;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * An application for an order that the opposing party produce evidence it controls, and everything that
 * follows from it. Each transition checks the state and the actor's role first ({@link DisclosureTransition})
 * and records a step; the request never presumes anything by itself: it only refers a non-compliance to the
 * judge, who decides.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Case states in which an application may still be filed: before the evidence period has ended. */
    static final Set<CaseStatus> FILING_STATES = Set.of(CaseStatus.ACCEPTED, CaseStatus.SERVED,
            CaseStatus.ANSWER_PERIOD, CaseStatus.EVIDENCE_PERIOD);

    /** The legal basis of the day the court sets for the other side's opinion. */
    static final String HEARING_BASIS = "CE-46";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private DisputeCase disputeCase;

    @Column(name = "fact_id")
    private Long factId;

    @Column(name = "rule_key", nullable = false, length = 100)
    private String ruleKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_side", nullable = false, updatable = false, length = 16)
    private Side applicantSide;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DisclosureStatus status;

    @Column(name = "evidence_sought", nullable = false, length = 4000)
    private String evidenceSought;

    @Column(name = "fact_to_prove", nullable = false, length = 4000)
    private String factToProve;

    @Column(name = "why_controlled", nullable = false, length = 4000)
    private String whyControlled;

    @Column(name = "why_must_produce", nullable = false, length = 4000)
    private String whyMustProduce;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "respondent_opinion", length = 4000)
    private String respondentOpinion;

    // Hearing the other side (CE art. 46 para. 1): who invited its opinion, when, and by which day.
    @Column(name = "opinion_invited_by", length = 64)
    private String opinionInvitedBy;

    @Column(name = "opinion_invited_at")
    private Instant opinionInvitedAt;

    @Column(name = "opinion_due_on")
    private LocalDate opinionDueOn;

    @Column(name = "opinion_due_at")
    private Instant opinionDueAt;

    // Who said the evidence holds trade secrets (IPE art. 26 para. 1), and the judge's finding if none is involved.
    @Column(name = "secret_said_by_applicant", nullable = false)
    private boolean secretSaidByApplicant;

    @Column(name = "secret_said_by_ordered", nullable = false)
    private boolean secretSaidByOrdered;

    @Column(name = "no_secret_finding", length = 10000)
    private String noSecretFinding;

    @Column(name = "items_ordered", length = 4000)
    private String itemsOrdered;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_at")
    private Instant dueAt;

    /** The applicant (CPLI art. 112 para. 2), set when the order is made; an older order keeps the side it named. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cost_bearer", length = 16)
    private Side costBearer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measures_id")
    private ProtectiveMeasures measures;

    @Enumerated(EnumType.STRING)
    @Column(name = "denial_ground", length = 32)
    private DenialGround denialGround;

    @Enumerated(EnumType.STRING)
    @Column(name = "production_outcome", length = 32)
    private DisclosureStatus productionOutcome;

    @Column(name = "outcome_note", length = 4000)
    private String outcomeNote;

    @Column(name = "ruling_id")
    private Long rulingId;

    /** The judge's ruling after a referral: on a presumption, or, under an account-books rule, on damages. */
    @Column(name = "presumption_ruling_id")
    private Long presumptionRulingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_compliance_law", nullable = false, updatable = false, length = 16)
    private NonComplianceLaw nonComplianceLaw;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_compliance_ground", length = 32)
    private NonComplianceGround nonComplianceGround;

    @Column(name = "challenge_reasons", length = 4000)
    private String challengeReasons;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "disclosure_preliminary_item", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<EvidenceItem> preliminaryEvidence = new LinkedHashSet<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<DisclosureStep> steps = new ArrayList<>();

    protected DisclosureRequest() {
    }

    private DisclosureRequest(DisputeCase disputeCase, Side applicantSide, String ruleKey, NonComplianceLaw law,
                              String createdBy, Instant now) {
        this.disputeCase = disputeCase;
        this.applicantSide = applicantSide;
        this.ruleKey = ruleKey;
        this.nonComplianceLaw = law;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = DisclosureStatus.DRAFT;
    }

    /**
     * A new draft by counsel of one of the parties; the other party is the one an order would bind. Account books are
     * asked for by the rights holder from the infringer (Patent Law art. 71 para. 4: "责令侵权人提供与侵权行为相关的
     * 账簿、资料"; Trademark Law art. 63 para. 2 and Copyright Law art. 54 para. 4 alike), never the other way round.
     */
    static DisclosureRequest draft(DisputeCase disputeCase, Side applicantSide, String ruleKey, NonComplianceLaw law,
                                   DisclosureApplication application, Long factId, Set<EvidenceItem> preliminary, String username,
                                   Instant now) {
        if (applicantSide != Side.CLAIMANT && applicantSide != Side.RESPONDENT) {
            throw new BusinessException("disclosure.onlyPartiesApply");
        }
        checkApplicantMayInvoke(applicantSide, law);
        DisclosureRequest request = new DisclosureRequest(disputeCase, applicantSide, ruleKey, law, username, now);
        request.write(application, factId, preliminary);
        request.steps.add(new DisclosureStep(request, now, username, REVISE, null, DisclosureStatus.DRAFT, null));
        return request;
    }

    /** Revises the draft, its rule included: the rule chosen now is the one the request will rest on. */
    void revise(DisclosureActor actor, String newRuleKey, NonComplianceLaw law, DisclosureApplication application, Long factId,
                Set<EvidenceItem> preliminary, Instant now) {
        REVISE.check(status, actor);
        checkApplicantMayInvoke(applicantSide, law);
        ruleKey = newRuleKey;
        nonComplianceLaw = law;
        write(application, factId, preliminary);
        move(REVISE, actor, now, null);
    }

    private static void checkApplicantMayInvoke(Side applicantSide, NonComplianceLaw law) {
        if (law.setsDamages() && applicantSide != Side.CLAIMANT) {
            throw new BusinessException("disclosure.accountBooksByRightsHolder");
        }
    }

    /** Files the application: all four elements stated, and only while the evidence period has not ended. */
    void file(DisclosureActor actor, LocalDate today, Instant now) {
        FILE.check(status, actor);
        application().checkComplete();
        checkFilingWindow(disputeCase, today);
        filedAt = now;
        move(FILE, actor, now, null);
    }

    /** Refuses filing once the evidence period has ended (CPLI art. 112). */
    static void checkFilingWindow(DisputeCase disputeCase, LocalDate today) {
        LocalDate end = disputeCase.getEvidencePeriodEnd();
        boolean ended = disputeCase.getStatus() == CaseStatus.EVIDENCE_PERIOD && end != null && today.isAfter(end);
        if (!FILING_STATES.contains(disputeCase.getStatus()) || ended) {
            throw new BusinessException("disclosure.afterEvidencePeriod");
        }
    }

    /**
     * The court invites the other side's opinion by a day it sets (CE art. 46 para. 1: "人民法院对当事人提交书证的
     * 申请进行审查时，应当听取对方当事人的意见"). Inviting again sets a new day.
     */
    void inviteOpinion(DisclosureActor actor, DueDate due, LocalDate today, Instant now) {
        INVITE_OPINION.check(status, actor);
        if (due == null || !due.lastDay().isAfter(today)) {
            throw new BusinessException("disclosure.opinionDueInFuture");
        }
        opinionInvitedBy = actor.username();
        opinionInvitedAt = now;
        opinionDueOn = due.lastDay();
        opinionDueAt = due.endsAt();
        move(INVITE_OPINION, actor, now, opinionDueOn.toString());
    }

    /** The other side's opinion, and whether it says the evidence holds its trade secrets (IPE art. 26). */
    void recordOpinion(DisclosureActor actor, String opinion, boolean saysTradeSecrets, Instant now) {
        RECORD_OPINION.check(status, actor);
        respondentOpinion = Reasons.check(opinion, DisclosureApplication.LIMIT);
        secretSaidByOrdered = saysTradeSecrets;
        move(RECORD_OPINION, actor, now, respondentOpinion);
    }

    /**
     * The court takes the request up without the other side's opinion: only once it was invited and the day set for
     * it has passed. A recorded opinion opens the review by itself, so a request still filed has none (CE art. 46
     * para. 1: the court hears the other side before it decides).
     */
    void openReview(DisclosureActor actor, Instant now) {
        OPEN_REVIEW.check(status, actor);
        if (opinionDueAt == null) {
            throw new BusinessException("disclosure.opinionNotInvited");
        }
        if (now.isBefore(opinionDueAt)) {
            throw new BusinessException("disclosure.opinionDeadlineRunning", opinionDueOn.toString());
        }
        move(OPEN_REVIEW, actor, now, null);
    }

    /**
     * Whether the material is said to contain trade secrets, so that an order over it needs a protective measure or
     * the judge's finding that none is involved (IPE art. 26 para. 1: "证据涉及商业秘密或者其他需要保密的商业信息的，
     * 人民法院应当在相关诉讼参与人接触该证据前，要求其签订保密协议、作出保密承诺，或者以裁定等法律文书责令其不得..."). It is said when the applicant says so in its application, when the ordered
     * side says so in its opinion, or when the case itself is about a trade secret: there the material a party asks for
     * is, as a rule, the very information in dispute, so the court decides on protection without waiting to be asked.
     */
    public boolean saidToContainTradeSecrets() {
        return secretSaidByApplicant || secretSaidByOrdered || disputeCase.getIpType() == IpType.TRADE_SECRET;
    }

    /**
     * Whether the actor (already allowed to see the case) may see this request: one never filed is a draft of
     * its author's side, seen by no one else, the court included, until it is filed: the request reaches the court
     * and the other side as the filed application (申请书, CE art. 45); before that it is counsel's working paper.
     */
    public boolean isVisibleTo(DisclosureActor actor) {
        return filedAt != null || actor.acts(DisclosureRole.APPLICANT_COUNSEL);
    }

    void withdraw(DisclosureActor actor, Instant now) {
        WITHDRAW.check(status, actor);
        move(WITHDRAW, actor, now, null);
    }

    void grant(DisclosureActor actor, OrderTerms terms, DueDate due, ProtectiveMeasures orderMeasures, LocalDate today,
               Instant now) {
        GRANT.check(status, actor);
        terms.check(today);
        if (saidToContainTradeSecrets() && !terms.isProtected() && !terms.findsNoTradeSecret()) {
            throw new BusinessException("disclosure.tradeSecretNeedsMeasure");
        }
        itemsOrdered = terms.itemsOrdered().strip();
        dueOn = due.lastDay();
        dueAt = due.endsAt();
        // CPLI art. 112 para. 2: "因提交书证所产生的费用，由申请人负担" - no one chooses.
        costBearer = applicantSide;
        noSecretFinding = terms.findsNoTradeSecret() ? terms.noTradeSecretFinding().strip() : null;
        measures = orderMeasures;
        move(GRANT, actor, now, terms.reasons().strip());
    }

    void deny(DisclosureActor actor, DenialGround ground, String reasons, Instant now) {
        DENY.check(status, actor);
        if (ground == null) {
            throw new BusinessException("disclosure.denialGroundRequired");
        }
        denialGround = ground;
        move(DENY, actor, now, Reasons.check(reasons));
    }

    /** Checks that the ordered party may still produce an item into the order now. */
    void checkProduction(DisclosureActor actor, Instant now) {
        PRODUCE_ITEM.check(status, actor);
        if (!now.isBefore(dueAt)) {
            throw new BusinessException("disclosure.deadlinePassed");
        }
    }

    void recordProducedItem(DisclosureActor actor, String exhibit, Instant now) {
        move(PRODUCE_ITEM, actor, now, exhibit);
    }

    void completeProduction(DisclosureActor actor, long producedItems, Instant now) {
        COMPLETE_PRODUCTION.check(status, actor);
        if (producedItems == 0) {
            throw new BusinessException("disclosure.nothingProduced");
        }
        checkBeforeDue(now);
        productionOutcome = DisclosureStatus.PRODUCED;
        move(COMPLETE_PRODUCTION, actor, now, null);
    }

    void reportPartial(DisclosureActor actor, String explanation, Instant now) {
        REPORT_PARTIAL.check(status, actor);
        checkBeforeDue(now);
        outcomeNote = Reasons.check(explanation, DisclosureApplication.LIMIT);
        productionOutcome = DisclosureStatus.PARTIAL;
        nonComplianceGround = NonComplianceGround.PARTIAL_REFUSAL;
        move(REPORT_PARTIAL, actor, now, outcomeNote);
        referForInference(now);
    }

    void refuse(DisclosureActor actor, String reason, Instant now) {
        REFUSE.check(status, actor);
        outcomeNote = Reasons.check(reason, DisclosureApplication.LIMIT);
        productionOutcome = DisclosureStatus.REFUSED;
        nonComplianceGround = NonComplianceGround.REFUSAL;
        move(REFUSE, actor, now, outcomeNote);
        referForInference(now);
    }

    /** The deadline passed without the ordered party completing production or refusing. */
    void lapse(Instant now) {
        LAPSE.check(status, DisclosureActor.SYSTEM);
        if (now.isBefore(dueAt)) {
            throw new IllegalStateException("Request " + getId() + " is not due until " + dueAt);
        }
        productionOutcome = DisclosureStatus.DEADLINE_LAPSED;
        nonComplianceGround = NonComplianceGround.DEADLINE_LAPSED;
        move(LAPSE, DisclosureActor.SYSTEM, now, dueOn.toString());
        referForInference(now);
    }

    boolean isOverdue(Instant now) {
        return status == DisclosureStatus.GRANTED && dueAt != null && !now.isBefore(dueAt);
    }

    /**
     * The applicant challenges a production the ordered party reported complete: it was false, or the evidence was
     * destroyed or made unusable (IPE art. 25 para. 1). The ground must be one the request's rule gives a consequence
     * for; the challenge goes to the judge, who decides on it as on a refusal.
     */
    void challengeProduction(DisclosureActor actor, NonComplianceGround ground, String reasons, Instant now) {
        CHALLENGE_PRODUCTION.check(status, actor);
        if (ground == null || !NonComplianceGround.CHALLENGES.contains(ground)) {
            throw new BusinessException("disclosure.challengeGroundRequired");
        }
        if (!nonComplianceLaw.allowsChallenge(ground)) {
            throw new BusinessException("disclosure.challengeGroundNotInLaw", new Translatable(ground.messageKey()));
        }
        challengeReasons = Reasons.check(reasons, DisclosureApplication.LIMIT);
        nonComplianceGround = ground;
        move(CHALLENGE_PRODUCTION, actor, now, challengeReasons);
        referForInference(now);
    }

    /** The judge presumes what the rule allows on the ground, or declines to, with reasons (never under a damages rule). */
    void decidePresumption(DisclosureActor actor, boolean apply, long rulingId, String reasons, Instant now) {
        decide(apply ? APPLY_PRESUMPTION : DECLINE_PRESUMPTION, actor, rulingId, reasons, now);
    }

    /** The judge sets damages by reference to the rights holder's claim and evidence, or declines to, with reasons. */
    void decideDamages(DisclosureActor actor, boolean find, long rulingId, String reasons, Instant now) {
        decide(find ? FIND_DAMAGES : DECLINE_DAMAGES_FINDING, actor, rulingId, reasons, now);
    }

    private void decide(DisclosureTransition step, DisclosureActor actor, long rulingId, String reasons, Instant now) {
        checkOffered(step, actor);
        String checkedReasons = Reasons.check(reasons);
        presumptionRulingId = rulingId;
        move(step, actor, now, checkedReasons);
    }

    /**
     * Refuses a step the request's rule does not provide, after the state and role checks: a damages rule leads to a
     * finding on damages, never to a presumption, and a disclosure rule the other way round.
     */
    void checkOffered(DisclosureTransition step, DisclosureActor actor) {
        step.check(status, actor);
        if (!offers(step)) {
            throw new BusinessException("disclosure.notUnderThisRule", new Translatable(step.messageKey()));
        }
    }

    /** Whether the request's rule provides the step at all (the state and the actor are checked apart). */
    public boolean offers(DisclosureTransition step) {
        if (DisclosureTransition.PRESUMPTION_DECISIONS.contains(step)) {
            return !nonComplianceLaw.setsDamages();
        }
        if (DisclosureTransition.DAMAGES_DECISIONS.contains(step)) {
            return nonComplianceLaw.setsDamages();
        }
        return true;
    }

    /** The ruling a finding would be on this ground under this rule: what the law lets the judge find. */
    public RulingKind findingKind() {
        return nonComplianceLaw.finding(nonComplianceGround);
    }

    public RulingKind declinedKind() {
        return nonComplianceLaw.declined();
    }

    void attachRuling(long id) {
        rulingId = id;
    }

    private void referForInference(Instant now) {
        move(REFER_FOR_INFERENCE, DisclosureActor.SYSTEM, now, null);
    }

    private void checkBeforeDue(Instant now) {
        if (!now.isBefore(dueAt)) {
            throw new BusinessException("disclosure.deadlinePassed");
        }
    }

    private void write(DisclosureApplication application, Long fact, Set<EvidenceItem> preliminary) {
        application.checkLengths();
        evidenceSought = DisclosureApplication.stripped(application.evidenceSought());
        secretSaidByApplicant = application.saysTradeSecrets();
        factToProve = DisclosureApplication.stripped(application.factToProve());
        whyControlled = DisclosureApplication.stripped(application.whyControlled());
        whyMustProduce = DisclosureApplication.stripped(application.whyMustProduce());
        factId = fact;
        for (EvidenceItem item : preliminary) {
            if (item.getSide() != applicantSide || !item.getDisputeCase().getId().equals(disputeCase.getId())) {
                throw new BusinessException("disclosure.preliminaryOwnSide");
            }
        }
        preliminaryEvidence.clear();
        preliminaryEvidence.addAll(preliminary);
    }

    private void move(DisclosureTransition step, DisclosureActor actor, Instant now, String note) {
        DisclosureStatus from = status;
        status = step.to();
        steps.add(new DisclosureStep(this, now, actor.username(), step, from, status, note));
    }

    public DisclosureApplication application() {
        return new DisclosureApplication(evidenceSought, factToProve, whyControlled, whyMustProduce, secretSaidByApplicant);
    }

    /** The side an order would bind: always the other party. */
    public Side orderedSide() {
        return applicantSide == Side.CLAIMANT ? Side.RESPONDENT : Side.CLAIMANT;
    }

    public Optional<ProtectiveMeasures> protection() {
        return Optional.ofNullable(measures);
    }


    public DisputeCase getDisputeCase() {
        return disputeCase;
    }

    public Long getFactId() {
        return factId;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public Side getApplicantSide() {
        return applicantSide;
    }

    public DisclosureStatus getStatus() {
        return status;
    }

    public String getEvidenceSought() {
        return evidenceSought;
    }

    public String getFactToProve() {
        return factToProve;
    }

    public String getWhyControlled() {
        return whyControlled;
    }

    public String getWhyMustProduce() {
        return whyMustProduce;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getRespondentOpinion() {
        return respondentOpinion;
    }

    public String getOpinionInvitedBy() {
        return opinionInvitedBy;
    }

    public Instant getOpinionInvitedAt() {
        return opinionInvitedAt;
    }

    public LocalDate getOpinionDueOn() {
        return opinionDueOn;
    }

    public Instant getOpinionDueAt() {
        return opinionDueAt;
    }

    public boolean isSecretSaidByApplicant() {
        return secretSaidByApplicant;
    }

    public boolean isSecretSaidByOrdered() {
        return secretSaidByOrdered;
    }

    public String getNoSecretFinding() {
        return noSecretFinding;
    }

    public String getItemsOrdered() {
        return itemsOrdered;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Side getCostBearer() {
        return costBearer;
    }

    public DenialGround getDenialGround() {
        return denialGround;
    }

    public DisclosureStatus getProductionOutcome() {
        return productionOutcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Long getRulingId() {
        return rulingId;
    }

    public Long getPresumptionRulingId() {
        return presumptionRulingId;
    }

    public NonComplianceLaw getNonComplianceLaw() {
        return nonComplianceLaw;
    }

    public NonComplianceGround getNonComplianceGround() {
        return nonComplianceGround;
    }

    public String getChallengeReasons() {
        return challengeReasons;
    }

    public List<EvidenceItem> getPreliminaryEvidence() {
        return List.copyOf(preliminaryEvidence);
    }

    public List<DisclosureStep> getSteps() {
        return List.copyOf(steps);
    }
}
