package org.evidencedesk.burden.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencedesk.burden.BurdenLedger;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.burden.FactState;
import org.evidencedesk.burden.ShowingSupport;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.ConductWindow;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.Showing;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.Rulings;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.LocaleSelection;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * The burden ledger of a case: each fact in issue with who bears the burden, the rule set that may move it,
 * which of its showings the linked preliminary evidence supports, and the rulings. Counsel propose facts and
 * link evidence; the assigned judge rules on shifting.
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BurdenLedger ledger;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess evidence;

    @Inject
    private Rulings rulings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection locale;

    @Inject
    private PageMessages messages;

    private Long caseId;
    private String caseNumber;
    private List<BurdenLedger.Entry> entries;
    private List<RuleSet> rules;
    private List<RuleSet> proposals;
    private List<EvidenceItem> ownEvidence;
    private Map<Long, Ruling> rulingsById;
    private Side counselSide;
    private boolean judge;
    private List<ShowingChoice> showingChoices;
    private List<ShowingChoice> linkChoices;
    private List<FactInIssue> openFacts;

    private String statement;
    private String ruleKey;
    private String proposalKey;
    private LocalDate conductFrom;
    private LocalDate conductUntil;
    private String showingChoice;
    private Long supportId;
    private Long itemId;
    private Long factId;
    private String reasons;

    /** A showing of an open fact that the viewer's side may support: its value names fact and showing. */
    public record ShowingChoice(String value, String label) {
    }

    public String load() {
        CaseView view;
        try {
            view = workflow.view(caseId == null ? -1 : caseId, currentUser.getUsername());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        caseNumber = view.disputeCase().getDisplayNumber();
        entries = ledger.entries(view);
        rules = ledger.applicableRules(view.disputeCase());
        proposals = ledger.proposals(view.disputeCase());
        judge = view.actor().isAssignedJudge();
        counselSide = view.actor().side().orElse(null);
        ownEvidence = evidence.visibleItems(view).stream().filter(item -> item.getSide() == counselSide).toList();
        rulingsById = rulings.ofCase(caseId).stream().collect(Collectors.toMap(Ruling::getId, Function.identity()));
        showingChoices = showingChoices();
        linkChoices = linkChoices();
        openFacts = entries.stream().map(BurdenLedger.Entry::fact).filter(fact -> fact.getState() == FactState.OPEN).toList();
        if (!rules.isEmpty()) {
            ruleKey = rules.get(0).key();
        }
        return null;
    }

    public String propose() {
        BurdenLedger.Proposal proposal = new BurdenLedger.Proposal(statement, ruleKey, proposalKey, conductFrom, conductUntil);
        return change(() -> ledger.propose(caseId, currentUser.getUsername(), proposal), "burden.proposed");
    }

    public String link() {
        String[] parts = showingChoice == null ? new String[0] : showingChoice.split("\\|", 2);
        if (parts.length != 2 || itemId == null) {
            messages.error("burden.chooseShowingAndItem");
            return null;
        }
        long fact = Long.parseLong(parts[0]);
        return change(() -> ledger.link(fact, versionOf(fact), currentUser.getUsername(), parts[1], itemId), "burden.linked");
    }

    public String unlink() {
        if (supportId == null) {
            messages.error("burden.chooseLink");
            return null;
        }
        long link = supportId;
        long fact = entries.stream().filter(entry -> entry.fact().getSupports().stream()
                        .anyMatch(support -> support.getId() == link))
                .findFirst().orElseThrow(CaseNotFoundException::new).fact().getId();
        return change(() -> ledger.unlink(fact, versionOf(fact), currentUser.getUsername(), link), "burden.unlinked");
    }

    public String shift() {
        return ruleOnShift(true);
    }

    public String keepBurden() {
        return ruleOnShift(false);
    }

    private String ruleOnShift(boolean shift) {
        if (factId == null) {
            messages.error("burden.chooseFact");
            return null;
        }
        long fact = factId;
        return change(() -> ledger.ruleOnShift(fact, versionOf(fact), currentUser.getUsername(), shift, reasons), "burden.ruled");
    }

    private long versionOf(long fact) {
        return entries.stream().filter(entry -> entry.fact().getId() == fact).findFirst()
                .orElseThrow(CaseNotFoundException::new).fact().getVersion();
    }

    private String change(Runnable step, String successKey) {
        if (!messages.attempt(step)) {
            return null;
        }
        messages.info(successKey);
        messages.keepForRedirect();
        return "/burden/ledger?faces-redirect=true&case=" + caseId;
    }

    public String text(org.evidencedesk.rules.LocalizedText text) {
        return text.in(locale.getLocale());
    }

    /** A rule as the basis list offers it: citation, title, and the conduct dates it governs where the law changed. */
    public String label(RuleSet rule) {
        String label = text(rule.citation()) + " — " + text(rule.title());
        ConductWindow window = rule.conduct();
        if (window.from() != null) {
            label += " · " + messages.text("burden.conductFromRule", window.from());
        }
        if (window.before() != null) {
            label += " · " + messages.text("burden.conductBeforeRule", window.before());
        }
        return label;
    }

    /** The showings the viewer's side may support now: those of open facts on which it bears the burden. */
    private List<ShowingChoice> showingChoices() {
        List<ShowingChoice> choices = new ArrayList<>();
        for (BurdenLedger.Entry entry : supportableEntries()) {
            for (Showing showing : entry.rule().showings()) {
                choices.add(new ShowingChoice(entry.fact().getId() + "|" + showing.id(),
                        "#" + entry.fact().getId() + " · " + text(showing.text())));
            }
        }
        return choices;
    }

    /** The links the viewer's side may still take back: those of open facts on which it bears the burden. */
    private List<ShowingChoice> linkChoices() {
        List<ShowingChoice> choices = new ArrayList<>();
        for (BurdenLedger.Entry entry : supportableEntries()) {
            for (ShowingSupport support : entry.fact().getSupports()) {
                String showing = entry.rule().showing(support.getShowingId()).map(found -> text(found.text()))
                        .orElse(support.getShowingId());
                choices.add(new ShowingChoice(String.valueOf(support.getId()),
                        "#" + entry.fact().getId() + " · " + support.getItem().getExhibitNumber() + " · " + showing));
            }
        }
        return choices;
    }

    private List<BurdenLedger.Entry> supportableEntries() {
        return entries.stream().filter(entry -> entry.fact().getState() == FactState.OPEN
                && entry.fact().getBurdenOn() == counselSide).toList();
    }

    public List<ShowingChoice> getShowingChoices() {
        return showingChoices;
    }

    public List<ShowingChoice> getLinkChoices() {
        return linkChoices;
    }

    public List<FactInIssue> getOpenFacts() {
        return openFacts;
    }

    public Ruling ruling(Long id) {
        return id == null ? null : rulingsById.get(id);
    }

    public boolean isCounsel() {
        return counselSide != null;
    }

    public boolean isJudge() {
        return judge;
    }

    public List<BurdenLedger.Entry> getEntries() { return entries; }
    public List<RuleSet> getRules() { return rules; }
    public List<RuleSet> getProposals() { return proposals; }
    public String getProposalKey() { return proposalKey; }
    public void setProposalKey(String proposalKey) { this.proposalKey = proposalKey; }
    public LocalDate getConductFrom() { return conductFrom; }
    public void setConductFrom(LocalDate conductFrom) { this.conductFrom = conductFrom; }
    public LocalDate getConductUntil() { return conductUntil; }
    public void setConductUntil(LocalDate conductUntil) { this.conductUntil = conductUntil; }
    public List<EvidenceItem> getOwnEvidence() { return ownEvidence; }
    public String getCaseNumber() { return caseNumber; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getRuleKey() { return ruleKey; }
    public void setRuleKey(String ruleKey) { this.ruleKey = ruleKey; }
    public String getShowingChoice() { return showingChoice; }
    public void setShowingChoice(String showingChoice) { this.showingChoice = showingChoice; }
    public Long getSupportId() { return supportId; }
    public void setSupportId(Long supportId) { this.supportId = supportId; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Long getFactId() { return factId; }
    public void setFactId(Long factId) { this.factId = factId; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
}
