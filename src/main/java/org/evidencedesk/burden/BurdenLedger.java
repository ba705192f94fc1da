package org.evidencedesk.burden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceItems;
import org.evidencedesk.notice.NoticeBoard;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.rules.RuleKind;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.ShowingsAssessment;
import org.evidencedesk.ruling.Reasons;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.RulingDraft;
import org.evidencedesk.ruling.RulingIssuance;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.ruling.Rulings;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.config.Settings;

/**
 * The burden ledger's use cases: counsel propose facts and link preliminary evidence to the showings of a
 * rule set; the judge rules whether the burden shifts; presumptions from disclosure refusals are recorded.
 * Every change goes into the custody log; rulings are issued as signed PDFs. The facts themselves are kept by
 * {@link FactsInIssue}; each use case's transaction opens here.
 */
@ApplicationScoped
@Transactional
public class BurdenLedger {

    private static final Logger LOG = Logger.getLogger(BurdenLedger.class.getName());

    @Inject
    private FactsInIssue facts;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceItems items;

    @Inject
    private EvidenceAccess evidence;

    @Inject
    private RuleCatalogue rules;

    @Inject
    private RulingIssuance issuance;

    @Inject
    private Rulings rulings;

    @Inject
    private CustodyLog custody;

    @Inject
    private NoticeBoard notices;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /**
     * A fact with its rule set, which of the rule's showings the linked evidence supports, and the links as one
     * viewer may read them: those to items they may see, and per showing only a count of the others (a showing
     * supported by the other side's court-only item is still supported; its title and exhibit number are not theirs).
     */
    public record Entry(FactInIssue fact, RuleSet rule, ShowingsAssessment assessment, List<ShowingSupport> visibleSupports,
                        Map<String, Long> withheldByShowing, RuleSet proposal) {

        /** The fact without a proposal weighed beside it. */
        static Entry seenBy(CaseActor actor, FactInIssue fact, RuleSet rule) {
            return seenBy(actor, fact, rule, null);
        }

        /** {@code proposal}: the proposed rule the fact is weighed against beside its binding basis, or null. */
        static Entry seenBy(CaseActor actor, FactInIssue fact, RuleSet rule, RuleSet proposal) {
            // Loaded here, in the ledger's transaction: the page reads the linked items' exhibit numbers after it.
            fact.getSupports().forEach(support -> support.getItem().getExhibitNumber());
            List<ShowingSupport> visible = new ArrayList<>();
            Map<String, Long> withheld = new HashMap<>();
            for (ShowingSupport support : fact.getSupports()) {
                if (EvidenceAccessPolicy.maySee(actor, support.getItem())) {
                    visible.add(support);
                } else {
                    withheld.merge(support.getShowingId(), 1L, Long::sum);
                }
            }
            return new Entry(fact, rule, rule.assess(fact.supportedShowings()), List.copyOf(visible), Map.copyOf(withheld),
                    proposal);
        }

        /** Whether the fact's basis can move a burden: a fact recorded earlier may rest on a damages rule or a proposal alone. */
        public boolean bindingShiftBasis() {
            return rule.kind().movesBurden() && !rule.isProposed();
        }

        /** How many links to the showing the viewer may not see. */
        public long withheld(String showingId) {
            return withheldByShowing.getOrDefault(showingId, 0L);
        }
    }

    /**
     * The case's ledger as the user may read it, with the steps they may take; a case they may not see is not found.
     * The links' items are loaded here, in the ledger's transaction: the page reads their exhibit numbers after it.
     */
    public LedgerView read(long caseId, @NotNull String username) {
        CaseView view = workflow.view(caseId, username);
        Side side = view.actor().side().orElse(null);
        List<EvidenceItem> own = side == null ? List.of()
                : evidence.ownItems(caseId, username, null);
        Map<Long, Ruling> rulingsById = new HashMap<>();
        rulings.ofCase(caseId).forEach(ruling -> rulingsById.put(ruling.getId(), ruling));
        return new LedgerView(view.disputeCase(), entries(view), applicableRules(view.disputeCase()),
                proposals(view.disputeCase()), side, view.actor().mayRule(), own, rulingsById);
    }

    private List<Entry> entries(CaseView view) {
        return facts.facts(view.disputeCase().getId()).stream()
                .map(fact -> Entry.seenBy(view.actor(), fact, known(fact.getRuleKey()),
                        fact.getProposalKey().map(this::known).orElse(null)))
                .toList();
    }

    private RuleSet known(String key) {
        return rules.find(key).orElseThrow(() -> new IllegalStateException("Rule set " + key + " is no longer in config/rules"));
    }

    /** The binding burden-shifting rule sets in force for the case's kind of IP right: the bases a fact may rest on. */
    public List<RuleSet> applicableRules(DisputeCase disputeCase) {
        return bindingBases(rules.enabled(), disputeCase.getIpType());
    }

    /** The enabled proposed burden rules for the case's kind of right: weighed beside a binding basis, never alone. */
    public List<RuleSet> proposals(DisputeCase disputeCase) {
        return proposals(rules.enabled(), disputeCase.getIpType());
    }

    /**
     * Only rules of kind BURDEN_SHIFT that state binding law. Damages rules are not burden shifts (Patent Law
     * 71(4) and its twins let the court set damages by reference to the rights holder's claim and evidence),
     * nor are disclosure rules (an order to produce moves no burden); a proposed rule is no basis on its own.
     */
    static List<RuleSet> bindingBases(List<RuleSet> enabled, IpType type) {
        return enabled.stream()
                .filter(rule -> rule.kind() == RuleKind.BURDEN_SHIFT && !rule.isProposed() && rule.appliesTo(type))
                .toList();
    }

    static List<RuleSet> proposals(List<RuleSet> enabled, IpType type) {
        return enabled.stream()
                .filter(rule -> rule.kind() == RuleKind.BURDEN_SHIFT && rule.isProposed() && rule.appliesTo(type))
                .toList();
    }

    /** What counsel propose: the fact, its binding basis, optionally a proposal to weigh beside it, and the conduct's dates. */
    public record Proposal(String statement, String ruleKey, String proposalKey, LocalDate conductFrom, LocalDate conductUntil) {

        /** The conduct's dates, if counsel gave any; the fact refuses a dated rule without them. */
        ConductPeriod conduct() {
            return conductFrom == null && conductUntil == null ? null : new ConductPeriod(conductFrom, conductUntil);
        }
    }

    public FactInIssue propose(long caseId, @NotNull String username, @NotNull Proposal proposal) {
        CaseView view = workflow.view(caseId, username);
        Side side = counselSide(view);
        RuleSet rule = rules.find(proposal.ruleKey() == null ? "" : proposal.ruleKey())
                // in force (the newest enabled version of its id); a proposal reaches the fact, which says why it is no basis
                .filter(rules.enabled()::contains)
                .filter(found -> found.kind().movesBurden() && found.appliesTo(view.disputeCase().getIpType()))
                .orElseThrow(() -> new BusinessException("burden.ruleRequired"));
        RuleSet weighed = proposal.proposalKey() == null || proposal.proposalKey().isBlank() ? null
                : rules.find(proposal.proposalKey())
                        .filter(found -> proposals(view.disputeCase()).contains(found))
                        .orElseThrow(() -> new BusinessException("burden.notAProposal", proposal.proposalKey()));
        if (rule.burdenMovesTo() == side) {
            // The rule moves the burden onto this side: it cannot be a basis for this side's own fact.
            throw new BusinessException("burden.ruleMovesToProposer");
        }
        FactInIssue fact = new FactInIssue(view.disputeCase(), proposal.statement(), side, rule, weighed, proposal.conduct(),
                username, clock.instant());
        facts.add(fact);
        Map<String, Object> detail = new LinkedHashMap<>();
        fact.getProposalKey().ifPresent(key -> detail.put("proposalNotBinding", key));
        if (fact.getConductUntil() != null) {
            detail.put("conduct", fact.getConductFrom() + "/" + fact.getConductUntil());
        }
        record(fact, username, "PROPOSED", detail);
        return fact;
    }

    public void link(long factId, long version, @NotNull String username, String showingId, long itemId) {
        Change change = forChange(factId, version, username);
        counselOfBurdenedSide(change);
        EvidenceItem item = items.byId(itemId).orElseThrow(CaseNotFoundException::new);
        if (!EvidenceAccessPolicy.maySee(change.view().actor(), item)) {
            throw new CaseNotFoundException();
        }
        change.fact().link(change.rule(), showingId, item, username, clock.instant());
        record(change.fact(), username, "LINKED", Map.of("showing", showingId, "exhibit", item.getExhibitNumber()));
    }

    public void unlink(long factId, long version, @NotNull String username, long supportId) {
        Change change = forChange(factId, version, username);
        counselOfBurdenedSide(change);
        change.fact().unlink(supportId);
        record(change.fact(), username, "UNLINKED", Map.of("support", supportId));
    }

    /** The judge rules that the burden shifts under the fact's rule set, or that it does not, with reasons. */
    public void ruleOnShift(long factId, long version, @NotNull String username, boolean shift, String reasons) {
        Change change = forChange(factId, version, username);
        if (!change.view().actor().mayRule()) {
            throw new BusinessException("burden.onlyJudgeRules");
        }
        String stated = Reasons.check(reasons);
        FactInIssue fact = change.fact();
        if (fact.getState() != FactState.OPEN) {
            throw new BusinessException("burden.alreadyRuled");
        }
        if (shift) {
            fact.checkMayShiftUnder(change.rule());
        }
        ShowingsAssessment assessment = change.rule().assess(fact.supportedShowings());
        Instant now = clock.instant();
        Side from = fact.getBurdenOn();
        Ruling ruling = issuance.issue(new RulingDraft(fact.getDisputeCase().getId(),
                shift ? RulingKind.BURDEN_SHIFTED : RulingKind.BURDEN_NOT_SHIFTED, factId,
                List.of(fact.getStatement(), new Translatable(from.messageKey()),
                        new Translatable(change.rule().burdenMove().orElse(from).messageKey()),
                        new Translatable(findingSentence(assessment.met(), fact.getProposalKey().isPresent()))),
                stated, fact.getRuleKey(), username, now, settings.rulingsLocale()), fact.getDisputeCase());
        fact.rule(change.rule(), shift, ruling.getId());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ruling", ruling.getId());
        detail.put("showingsMet", assessment.met());
        fact.getProposalKey().ifPresent(key -> detail.put("proposalNotBinding", key));
        record(fact, username, shift ? "SHIFTED" : "NOT_SHIFTED", detail);
        notices.tell(fact.getDisputeCase(), EnumSet.of(Side.CLAIMANT, Side.RESPONDENT), "notice.burdenRuled",
                List.of(fact.getDisputeCase().getDisplayNumber(), fact.getStatement()),
                "/burden/ledger?case=" + fact.getDisputeCase().getId());
    }

    /**
     * Records on the fact the judge's decision on a presumption from a disclosure request (called in its transaction),
     * with what was found: under CE art. 48 para. 1 only the document's content, not the fact itself; the ruling's
     * kind says which.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPresumption(long factId, long requestId, long rulingId, boolean applied, String finding, String judge) {
        FactInIssue fact = facts.fact(factId).orElseThrow(CaseNotFoundException::new);
        fact.recordPresumption(rulingId);
        record(fact, judge, applied ? "PRESUMED" : "NOT_PRESUMED", Map.of("request", requestId, "ruling", rulingId,
                "finding", finding));
        LOG.info(() -> "Fact " + factId + ": presumption " + (applied ? "applied" : "declined") + " by " + judge);
    }

    /**
     * The sentence of the finding on the showings. Where a proposed rule was weighed beside the binding basis,
     * the finding says that the proposal is not binding and is not a basis of it: the binding rule decides.
     */
    static String findingSentence(boolean showingsMet, boolean proposalWeighed) {
        String sentence = showingsMet ? "burden.showingsMet" : "burden.showingsNotMet";
        return proposalWeighed ? sentence + ".proposalNotBinding" : sentence;
    }

    private record Change(FactInIssue fact, RuleSet rule, CaseView view) {
    }

    private Change forChange(long factId, long version, String username) {
        FactInIssue fact = facts.fact(factId).orElseThrow(CaseNotFoundException::new);
        CaseView view = workflow.view(fact.getDisputeCase().getId(), username);
        if (fact.getVersion() != version) {
            throw new OptimisticLockException(fact);
        }
        RuleSet rule = rules.find(fact.getRuleKey()).orElseThrow(() -> new BusinessException("burden.ruleRequired"));
        return new Change(fact, rule, view);
    }

    private static Side counselSide(CaseView view) {
        return view.actor().side().orElseThrow(() -> new BusinessException("burden.onlyCounselProposes"));
    }

    private static void counselOfBurdenedSide(Change change) {
        if (counselSide(change.view()) != change.fact().getBurdenOn()) {
            throw new BusinessException("burden.onlyCounselProposes");
        }
    }

    private void record(FactInIssue fact, String username, String step, Map<String, ?> more) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fact", fact.getId());
        detail.put("step", step);
        detail.put("basis", fact.getRuleKey());
        detail.put("burdenOn", fact.getBurdenOn().name());
        detail.putAll(more);
        custody.append(fact.getDisputeCase().getId(), username, CustodyAction.BURDEN, null, detail);
    }
}
