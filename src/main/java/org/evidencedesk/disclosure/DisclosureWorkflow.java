package org.evidencedesk.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.evidencedesk.burden.BurdenLedger;
import org.evidencedesk.burden.FactsInIssue;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.DueDate;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceItems;
import org.evidencedesk.evidence.EvidenceMetadata;
import org.evidencedesk.evidence.Production;
import org.evidencedesk.evidence.ProtectiveMeasures;
import org.evidencedesk.notice.NoticeBoard;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.rules.RuleKind;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.ruling.NamedPersons;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.RulingDraft;
import org.evidencedesk.ruling.RulingIssuance;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.ruling.Rulings;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.config.Settings;

/**
 * Every use case on a disclosure request enters here. Each opens the transaction, finds the request only
 * if the user may see its case, refuses a change made from a stale version, lets the request decide whether
 * the step is legal, and then writes the custody log, issues the ruling the step calls for, and tells the
 * people concerned.
 */
@ApplicationScoped
@Transactional
public class DisclosureWorkflow {

    private static final Logger LOG = Logger.getLogger(DisclosureWorkflow.class.getName());

    @Inject
    private DisclosureRequests requests;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceItems items;

    @Inject
    private EvidenceIntake intake;

    @Inject
    private EvidenceAccess evidence;

    @Inject
    private RuleCatalogue rules;

    @Inject
    private RulingIssuance issuance;

    @Inject
    private Rulings rulings;

    @Inject
    private BurdenLedger ledger;

    @Inject
    private FactsInIssue facts;

    @Inject
    private CustodyLog custody;

    @Inject
    private NoticeBoard notices;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /**
     * A request with the case as its user sees it, the roles they have on it, and the preliminary evidence it
     * links that they may see (the rest only counted: its titles and exhibit numbers are not theirs to read).
     */
    public record RequestView(DisclosureRequest request, CaseView caseView, DisclosureActor actor,
                              List<EvidenceItem> visiblePreliminary, int withheldPreliminary) {

        public boolean allows(DisclosureTransition step) {
            return step.allows(request.getStatus(), actor) && request.offers(step);
        }
    }

    /** The case's requests the viewer may see, for its list: their own fields only. */
    public List<DisclosureRequest> ofCase(@NotNull CaseView view) {
        return requests.ofCase(view.disputeCase().getId()).stream()
                .filter(request -> request.isVisibleTo(DisclosureActor.of(view.actor(), request.getApplicantSide())))
                .toList();
    }

    /**
     * A request as the user may see it; one they may not see (another case's, or the other side's draft) is
     * answered as one that does not exist, and logged.
     */
    public RequestView open(long requestId, @NotNull String username) {
        DisclosureRequest request = requests.byId(requestId).orElseThrow(CaseNotFoundException::new);
        CaseView caseView = workflow.view(request.getDisputeCase().getId(), username);
        DisclosureActor actor = DisclosureActor.of(caseView.actor(), request.getApplicantSide());
        if (!request.isVisibleTo(actor)) {
            LOG.warning(() -> "User " + username + " asked for disclosure request " + requestId
                    + ", a draft of the other side: answered 404");
            throw new CaseNotFoundException();
        }
        request.getSteps().size();
        request.protection().ifPresent(measures -> measures.getNamedPersons().size());
        List<EvidenceItem> preliminary = request.getPreliminaryEvidence().stream()
                .filter(item -> EvidenceAccessPolicy.maySee(caseView.actor(), item))
                .toList();
        return new RequestView(request, caseView, actor, preliminary,
                request.getPreliminaryEvidence().size() - preliminary.size());
    }

    /**
     * A request as the user may read it on its page, in one read: what {@link #open} shows, with the items produced
     * under it and the user's own that they may see, its rulings, the people it concerns, and the steps open to them.
     * One they may not see is not found.
     */
    public DisclosureRequestFile read(long requestId, @NotNull String username) {
        RequestView view = open(requestId, username);
        DisclosureRequest request = view.request();
        DisputeCase disputeCase = request.getDisputeCase();
        Set<DisclosureTransition> steps = EnumSet.noneOf(DisclosureTransition.class);
        for (DisclosureTransition step : DisclosureTransition.values()) {
            if (view.allows(step)) {
                steps.add(step);
            }
        }
        Side side = view.caseView().actor().side().orElse(null);
        boolean revises = steps.contains(DisclosureTransition.REVISE);
        MemberRole counsel = request.getApplicantSide() == Side.CLAIMANT ? MemberRole.CLAIMANT_COUNSEL
                : MemberRole.RESPONDENT_COUNSEL;
        Map<String, String> personNames = new LinkedHashMap<>();
        disputeCase.getMembers().forEach(member -> personNames.put(member.getUser().getUsername(),
                member.getUser().getDisplayName()));
        return new DisclosureRequestFile(view, steps,
                evidence.producedUnder(view.caseView(), requestId),
                revises ? preliminaryChoices(view, username) : List.of(),
                rulings.ofCase(disputeCase.getId()).stream()
                        .filter(ruling -> ruling.getSubjectId() == requestId && ruling.getKind().concernsDisclosure())
                        .toList(),
                revises ? applicableRules(disputeCase) : List.of(),
                revises ? facts.facts(disputeCase.getId()).stream().filter(fact -> fact.getBurdenOn() == side).toList()
                        : List.of(),
                disputeCase.getMembers().stream().filter(member -> member.getRole() == counsel)
                        .map(member -> member.getUser().getUsername()).toList(),
                personNames);
    }

    /**
     * What a revised draft offers as preliminary evidence: the items it already links that the viewer may see, then
     * the first of their side's others ({@link EvidenceAccess#ownItems}; the page searches for the rest).
     */
    private List<EvidenceItem> preliminaryChoices(RequestView view, String username) {
        Map<Long, EvidenceItem> choices = new LinkedHashMap<>();
        Side side = view.caseView().actor().side().orElse(null);
        view.visiblePreliminary().stream().filter(item -> item.getSide() == side).forEach(item -> choices.put(item.getId(), item));
        evidence.ownItems(view.request().getDisputeCase().getId(), username, null).forEach(item -> choices.putIfAbsent(item.getId(), item));
        return List.copyOf(choices.values());
    }

    /**
     * The rule sets a request in this case may rest on: the disclosure rules, and the damages rules under which the
     * court orders the infringer's account books (Patent Law art. 71 para. 4 and its twins): the same application,
     * order and production, with a finding on damages where the disclosure rules have a presumption.
     */
    public List<RuleSet> applicableRules(DisputeCase disputeCase) {
        return java.util.stream.Stream.concat(
                rules.applicableTo(disputeCase.getIpType(), RuleKind.DISCLOSURE_ORDER).stream(),
                rules.applicableTo(disputeCase.getIpType(), RuleKind.DAMAGES_ACCOUNT_BOOKS).stream()).toList();
    }

    /** A rule set by its key, enabled or not: a request keeps the version it was made under. */
    public java.util.Optional<RuleSet> rule(String key) {
        return rules.find(key);
    }

    public DisclosureRequest draft(long caseId, @NotNull String username, String ruleKey, @NotNull DisclosureApplication application, Long factId,
                                   Collection<Long> preliminaryItemIds) {
        CaseView view = workflow.view(caseId, username);
        Side side = view.actor().side().orElseThrow(() -> new BusinessException("disclosure.onlyPartiesApply"));
        RuleSet rule = checkedRule(view.disputeCase(), ruleKey);
        DisclosureRequest request = DisclosureRequest.draft(view.disputeCase(), side, rule.key(), NonComplianceLaw.of(rule),
                application, checkedFact(caseId, factId), preliminary(view, preliminaryItemIds), username, clock.instant());
        requests.add(request);
        record(request, username, DisclosureTransition.REVISE);
        return request;
    }

    public void revise(long requestId, long version, @NotNull String username, String ruleKey, @NotNull DisclosureApplication application, Long factId,
                       Collection<Long> preliminaryItemIds) {
        RequestView view = forChange(requestId, version, username);
        DisputeCase disputeCase = view.request().getDisputeCase();
        RuleSet rule = checkedRule(disputeCase, ruleKey);
        view.request().revise(view.actor(), rule.key(), NonComplianceLaw.of(rule), application,
                checkedFact(disputeCase.getId(), factId), preliminary(view.caseView(), preliminaryItemIds), clock.instant());
        record(view.request(), username, DisclosureTransition.REVISE);
    }

    public void file(long requestId, long version, @NotNull String username) {
        RequestView view = forChange(requestId, version, username);
        Instant now = clock.instant();
        view.request().file(view.actor(), planner.today(now), now);
        record(view.request(), username, DisclosureTransition.FILE);
        tell(view.request(), EnumSet.of(view.request().orderedSide(), Side.COURT), "notice.disclosureFiled");
    }

    /**
     * The court invites the ordered side's opinion by a day it sets (CE art. 46 para. 1), and tells that side the day;
     * the applicant learns of it too.
     */
    public void inviteOpinion(long requestId, long version, @NotNull String username, LocalDate dueOn) {
        RequestView view = forChange(requestId, version, username);
        DisclosureRequest request = view.request();
        Instant now = clock.instant();
        DueDate due = dueOn == null ? null : planner.setByCourt(dueOn, DisclosureRequest.HEARING_BASIS);
        request.inviteOpinion(view.actor(), due, planner.today(now), now);
        record(request, username, DisclosureTransition.INVITE_OPINION);
        tell(request, EnumSet.of(request.orderedSide()), "notice.disclosureOpinionInvited", request.getOpinionDueOn().toString());
        tell(request, EnumSet.of(request.getApplicantSide()), "notice.disclosureOpinionAwaited", request.getOpinionDueOn().toString());
    }

    public void recordOpinion(long requestId, long version, @NotNull String username, String opinion) {
        recordOpinion(requestId, version, username, opinion, false);
    }

    /** The ordered side's opinion; it may say the evidence holds its trade secrets (IPE art. 26). */
    public void recordOpinion(long requestId, long version, @NotNull String username, String opinion, boolean saysTradeSecrets) {
        RequestView view = forChange(requestId, version, username);
        view.request().recordOpinion(view.actor(), opinion, saysTradeSecrets, clock.instant());
        record(view.request(), username, DisclosureTransition.RECORD_OPINION);
        tell(view.request(), EnumSet.of(view.request().getApplicantSide(), Side.COURT), "notice.disclosureOpinion");
    }

    public void openReview(long requestId, long version, @NotNull String username) {
        RequestView view = forChange(requestId, version, username);
        view.request().openReview(view.actor(), clock.instant());
        record(view.request(), username, DisclosureTransition.OPEN_REVIEW);
    }

    public void withdraw(long requestId, long version, @NotNull String username) {
        RequestView view = forChange(requestId, version, username);
        view.request().withdraw(view.actor(), clock.instant());
        record(view.request(), username, DisclosureTransition.WITHDRAW);
        tell(view.request(), EnumSet.of(view.request().orderedSide(), Side.COURT), "notice.disclosureWithdrawn");
    }

    /**
     * The judge orders production: deadline, items, protective measures (or, for material said to hold trade
     * secrets, measures or a finding that none is involved); the applicant bears the cost. A signed ruling records it.
     */
    public void grant(long requestId, long version, @NotNull String username, @NotNull OrderTerms terms) {
        RequestView view = forChange(requestId, version, username);
        DisclosureRequest request = view.request();
        DisputeCase disputeCase = request.getDisputeCase();
        Instant now = clock.instant();
        checkNamedPersons(disputeCase, request.getApplicantSide(), terms.namedPersons());
        DueDate due = terms.dueOn() == null ? null : planner.setByCourt(terms.dueOn(), request.getRuleKey());
        ProtectiveMeasures measures = terms.isProtected()
                ? new ProtectiveMeasures(disputeCase.getId(), terms.undertakingRequired(), terms.viewOnly(), terms.namedPersons())
                : null;
        request.grant(view.actor(), terms, due, measures, planner.today(now), now);
        if (measures != null) {
            requests.addMeasures(measures);
        }
        Ruling ruling = issuance.issue(new RulingDraft(disputeCase.getId(), RulingKind.DISCLOSURE_GRANTED, requestId,
                List.of(request.getEvidenceSought(), request.getItemsOrdered(), request.getDueOn().toString(),
                        side(request.getCostBearer()), yesNo(terms.undertakingRequired()),
                        NamedPersons.of(terms.namedPersons()),
                        yesNo(terms.viewOnly()), side(request.orderedSide())),
                terms.reasons().strip(), request.getRuleKey(), username, now, settings.rulingsLocale()), disputeCase);
        request.attachRuling(ruling.getId());
        record(request, username, DisclosureTransition.GRANT);
        tell(request, EnumSet.of(Side.CLAIMANT, Side.RESPONDENT), "notice.disclosureGranted");
    }

    public void deny(long requestId, long version, @NotNull String username, DenialGround ground, String reasons) {
        RequestView view = forChange(requestId, version, username);
        DisclosureRequest request = view.request();
        Instant now = clock.instant();
        request.deny(view.actor(), ground, reasons, now);
        Ruling ruling = issuance.issue(new RulingDraft(request.getDisputeCase().getId(), RulingKind.DISCLOSURE_DENIED,
                requestId, List.of(request.getEvidenceSought(), new Translatable(ground.messageKey())), reasons.strip(), request.getRuleKey(),
                username, now, settings.rulingsLocale(), request.getApplicantSide()), request.getDisputeCase());
        request.attachRuling(ruling.getId());
        record(request, username, DisclosureTransition.DENY);
        tell(request, EnumSet.of(Side.CLAIMANT, Side.RESPONDENT), "notice.disclosureDenied");
    }

    /**
     * The ordered party produces one item into the order, through evidence intake (timestamped, signed, logged),
     * bound by the order's protective measures.
     */
    public EvidenceItem produce(long requestId, @NotNull String username, @NotNull ContentDigest digest, String originalFilename,
                                String mediaType, EvidenceMetadata metadata) {
        RequestView view = open(requestId, username);
        DisclosureRequest request = view.request();
        requests.lockForChange(request);
        Instant now = clock.instant();
        request.checkProduction(view.actor(), now);
        EvidenceItem item = intake.register(request.getDisputeCase().getId(), username, digest, originalFilename, mediaType,
                metadata, new Production(requestId, request.protection().orElse(null)));
        request.recordProducedItem(view.actor(), item.getExhibitNumber(), now);
        record(request, username, DisclosureTransition.PRODUCE_ITEM);
        tell(request, EnumSet.of(request.getApplicantSide(), Side.COURT), "notice.disclosureProduced");
        return item;
    }

    public void completeProduction(long requestId, long version, @NotNull String username) {
        RequestView view = forChange(requestId, version, username);
        view.request().completeProduction(view.actor(), requests.producedItemCount(requestId), clock.instant());
        record(view.request(), username, DisclosureTransition.COMPLETE_PRODUCTION);
        tell(view.request(), EnumSet.of(view.request().getApplicantSide(), Side.COURT), "notice.disclosureComplete");
    }

    public void reportPartial(long requestId, long version, @NotNull String username, String explanation) {
        RequestView view = forChange(requestId, version, username);
        view.request().reportPartial(view.actor(), explanation, clock.instant());
        record(view.request(), username, DisclosureTransition.REPORT_PARTIAL);
        referred(view.request());
    }

    public void refuse(long requestId, long version, @NotNull String username, String reason) {
        RequestView view = forChange(requestId, version, username);
        view.request().refuse(view.actor(), reason, clock.instant());
        record(view.request(), username, DisclosureTransition.REFUSE);
        referred(view.request());
    }

    /** The lapse timer's step for one overdue request; does nothing if it is no longer overdue. */
    public boolean lapseIfOverdue(long requestId) {
        DisclosureRequest request = requests.byId(requestId).orElseThrow(CaseNotFoundException::new);
        requests.lockForChange(request);
        Instant now = clock.instant();
        if (!request.isOverdue(now)) {
            return false;
        }
        request.lapse(now);
        record(request, DisclosureActor.SYSTEM.username(), DisclosureTransition.LAPSE);
        referred(request);
        LOG.info(() -> "Disclosure request " + requestId + " of case " + request.getDisputeCase().getId()
                + ": deadline " + request.getDueOn() + " lapsed; referred to the judge");
        return true;
    }

    /**
     * The applicant's counsel challenges a completed production (false, destroyed, made unusable: IPE art. 25 para. 1);
     * the request goes to the judge, and the ordered side is told and sees the challenge on the request.
     */
    public void challengeProduction(long requestId, long version, @NotNull String username, NonComplianceGround ground,
                                    String reasons) {
        RequestView view = forChange(requestId, version, username);
        DisclosureRequest request = view.request();
        request.challengeProduction(view.actor(), ground, reasons, clock.instant());
        record(request, username, DisclosureTransition.CHALLENGE_PRODUCTION);
        tell(request, EnumSet.of(Side.COURT), "notice.inferenceCandidate");
        tell(request, EnumSet.of(request.orderedSide()), "notice.productionChallenged");
    }

    /**
     * The judge makes the finding the request's rule allows on its ground (CE art. 48, IPE art. 25), or declines it,
     * with reasons; a signed ruling records it, worded by rule and ground.
     */
    public void decidePresumption(long requestId, long version, @NotNull String username, boolean apply, String reasons) {
        decide(requestId, version, username, apply ? DisclosureTransition.APPLY_PRESUMPTION : DisclosureTransition.DECLINE_PRESUMPTION,
                reasons);
    }

    /**
     * After account books ordered under a damages rule were not produced or were false, the judge sets damages by
     * reference to the rights holder's claim and evidence, or declines to, with reasons: a discretionary finding on
     * damages, recorded as its own ruling, which moves no burden and presumes no fact.
     */
    public void decideDamages(long requestId, long version, @NotNull String username, boolean find, String reasons) {
        decide(requestId, version, username, find ? DisclosureTransition.FIND_DAMAGES : DisclosureTransition.DECLINE_DAMAGES_FINDING,
                reasons);
    }

    private void decide(long requestId, long version, String username, DisclosureTransition step, String reasons) {
        RequestView view = forChange(requestId, version, username);
        DisclosureRequest request = view.request();
        request.checkOffered(step, view.actor());
        Instant now = clock.instant();
        boolean found = step == DisclosureTransition.APPLY_PRESUMPTION || step == DisclosureTransition.FIND_DAMAGES;
        RulingKind kind = found ? request.findingKind() : request.declinedKind();
        Ruling ruling = issuance.issue(new RulingDraft(request.getDisputeCase().getId(), kind, requestId,
                List.of(request.getFactToProve(), new Translatable(request.getNonComplianceGround().messageKey()),
                        request.getEvidenceSought(), side(request.orderedSide())),
                String.valueOf(reasons).strip(),
                request.getRuleKey(), username, now, settings.rulingsLocale()), request.getDisputeCase());
        if (request.getNonComplianceLaw().setsDamages()) {
            request.decideDamages(view.actor(), found, ruling.getId(), reasons, now);
        } else {
            request.decidePresumption(view.actor(), found, ruling.getId(), reasons, now);
            if (request.getFactId() != null) {
                ledger.recordPresumption(request.getFactId(), requestId, ruling.getId(), found, kind.name(), username);
            }
        }
        record(request, username, step);
        tell(request, EnumSet.of(Side.CLAIMANT, Side.RESPONDENT),
                request.getNonComplianceLaw().setsDamages() ? "notice.damagesDecided" : "notice.presumptionDecided");
    }

    private RequestView forChange(long requestId, long version, String username) {
        RequestView view = open(requestId, username);
        if (view.request().getVersion() != version) {
            throw new OptimisticLockException(view.request());
        }
        return view;
    }

    private RuleSet checkedRule(DisputeCase disputeCase, String ruleKey) {
        RuleSet rule = rules.find(ruleKey == null ? "" : ruleKey)
                .filter(rules::isEnabled)
                .filter(found -> found.kind() == RuleKind.DISCLOSURE_ORDER || found.kind() == RuleKind.DAMAGES_ACCOUNT_BOOKS)
                .orElseThrow(() -> new BusinessException("disclosure.ruleRequired"));
        if (!rule.appliesTo(disputeCase.getIpType())) {
            throw new BusinessException("disclosure.ruleRequired");
        }
        return rule;
    }

    private Long checkedFact(long caseId, Long factId) {
        if (factId != null && !facts.belongsTo(factId, caseId)) {
            throw new CaseNotFoundException();
        }
        return factId;
    }

    /**
     * The items offered as preliminary evidence. One of another case, or one the user may not see, is answered as one
     * that does not exist: the user's capacity on this case says nothing about another's items, and telling them apart
     * would tell the user an item's side and confidentiality.
     */
    private Set<EvidenceItem> preliminary(CaseView view, Collection<Long> itemIds) {
        Set<EvidenceItem> found = new LinkedHashSet<>();
        for (Long itemId : itemIds == null ? List.<Long>of() : itemIds) {
            EvidenceItem item = items.byId(itemId).orElseThrow(CaseNotFoundException::new);
            if (!item.getDisputeCase().getId().equals(view.disputeCase().getId()) || !EvidenceAccessPolicy.maySee(view.actor(), item)) {
                throw new CaseNotFoundException();
            }
            found.add(item);
        }
        return found;
    }

    /** Named persons must be counsel of the applicant's side in this case. */
    private static void checkNamedPersons(DisputeCase disputeCase, Side applicant, Set<String> named) {
        MemberRole counsel = applicant == Side.CLAIMANT ? MemberRole.CLAIMANT_COUNSEL : MemberRole.RESPONDENT_COUNSEL;
        for (String username : named) {
            if (disputeCase.membership(username, counsel).isEmpty()) {
                throw new BusinessException("disclosure.namedPersonNotCounsel", username);
            }
        }
    }

    private static Translatable side(Side side) {
        return new Translatable(side.messageKey());
    }

    private static Translatable yesNo(boolean yes) {
        return new Translatable(yes ? "yes" : "no");
    }

    private void record(DisclosureRequest request, String username, DisclosureTransition step) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("request", request.getId());
        detail.put("step", step.name());
        detail.put("status", request.getStatus().name());
        detail.put("basis", request.getRuleKey());
        // The custody audience shows the steps of a request never filed only to the side drafting it.
        detail.put("applicant", request.getApplicantSide().name());
        if (request.getFiledAt() == null) {
            detail.put("draft", true);
        }
        if (step == DisclosureTransition.INVITE_OPINION) {
            detail.put("opinionDueOn", request.getOpinionDueOn().toString());
        }
        if (request.getRulingId() != null && (step == DisclosureTransition.GRANT || step == DisclosureTransition.DENY)) {
            detail.put("ruling", request.getRulingId());
        }
        if (request.getNonComplianceGround() != null) {
            detail.put("ground", request.getNonComplianceGround().name());
        }
        if (DisclosureTransition.PRESUMPTION_DECISIONS.contains(step) || DisclosureTransition.DAMAGES_DECISIONS.contains(step)) {
            detail.put("ruling", request.getPresumptionRulingId());
        }
        custody.append(request.getDisputeCase().getId(), username, CustodyAction.DISCLOSURE, null, detail);
    }

    private void referred(DisclosureRequest request) {
        tell(request, EnumSet.of(Side.COURT), "notice.inferenceCandidate");
        tell(request, EnumSet.of(request.getApplicantSide()), "notice.disclosureNotComplied");
    }

    private void tell(DisclosureRequest request, Set<Side> sides, String key, String... more) {
        DisputeCase disputeCase = request.getDisputeCase();
        List<String> arguments = new java.util.ArrayList<>(List.of(disputeCase.getDisplayNumber(), String.valueOf(request.getId())));
        arguments.addAll(List.of(more));
        notices.tell(disputeCase, sides, key, arguments, "/disclosure/request?id=" + request.getId());
    }
}
