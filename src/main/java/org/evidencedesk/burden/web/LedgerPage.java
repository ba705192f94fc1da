package org.evidencedesk.burden.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evidencedesk.burden.BurdenLedger;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.burden.LedgerView;
import org.evidencedesk.burden.ShowingSupport;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.ConductWindow;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.Showing;
import org.evidencedesk.ruling.Ruling;
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
    private EvidenceAccess evidence;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection locale;

    @Inject
    private PageMessages messages;

    private Long caseId;
    private LedgerView ledgerView;
    private List<ShowingChoice> showingChoices;
    private List<ShowingChoice> linkChoices;

    private String statement;
    private String ruleKey;
    private String proposalKey;
    private LocalDate conductFrom;
    private LocalDate conductUntil;
    private String showingChoice;
    private Long supportId;
    private Long itemId;
    private String itemSearch;
    private List<EvidenceItem> ownEvidence;
    private Long factId;
    private String reasons;

    /** A showing of an open fact that the viewer's side may support: its value names fact and showing. */
    public record ShowingChoice(String value, String label) {
    }

    /** Finds the user's own items to link by exhibit number or title (ajax: the list of choices is replaced). */
    public void findItems() {
        try {
            ownEvidence = evidence.ownItems(caseId, currentUser.getUsername(), itemSearch);
        } catch (CaseNotFoundException e) {
            ownEvidence = List.of();
        }
    }

    /** View action: the ledger as the user may read it, in one read; 404 if the case is not theirs to see. */
    public String load() {
        try {
            ledgerView = ledger.read(caseId == null ? -1 : caseId, currentUser.getUsername());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        showingChoices = showingChoices();
        ownEvidence = ledgerView.ownEvidence();
        linkChoices = linkChoices();
        if (!ledgerView.rules().isEmpty()) {
            ruleKey = ledgerView.rules().get(0).key();
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
        long fact = ledgerView.factOfLink(link);
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
        return ledgerView.versionOf(fact);
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
        for (BurdenLedger.Entry entry : ledgerView.supportable()) {
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
        for (BurdenLedger.Entry entry : ledgerView.supportable()) {
            for (ShowingSupport support : entry.fact().getSupports()) {
                String showing = entry.rule().showing(support.getShowingId()).map(found -> text(found.text()))
                        .orElse(support.getShowingId());
                choices.add(new ShowingChoice(String.valueOf(support.getId()),
                        "#" + entry.fact().getId() + " · " + support.getItem().getExhibitNumber() + " · " + showing));
            }
        }
        return choices;
    }

    public List<ShowingChoice> getShowingChoices() {
        return showingChoices;
    }

    public List<ShowingChoice> getLinkChoices() {
        return linkChoices;
    }

    /** The open facts the viewer may rule on (the assigned judge's). */
    public List<FactInIssue> getOpenFacts() {
        return ledgerView.factsToRule();
    }

    public Ruling ruling(Long id) {
        return ledgerView.ruling(id);
    }

    public boolean isCounsel() {
        return ledgerView.mayPropose();
    }

    public boolean isJudge() {
        return ledgerView.mayRule();
    }

    public List<BurdenLedger.Entry> getEntries() { return ledgerView.entries(); }
    public List<RuleSet> getRules() { return ledgerView.rules(); }
    public List<RuleSet> getProposals() { return ledgerView.proposals(); }
    public String getProposalKey() { return proposalKey; }
    public void setProposalKey(String proposalKey) { this.proposalKey = proposalKey; }
    public LocalDate getConductFrom() { return conductFrom; }
    public void setConductFrom(LocalDate conductFrom) { this.conductFrom = conductFrom; }
    public LocalDate getConductUntil() { return conductUntil; }
    public void setConductUntil(LocalDate conductUntil) { this.conductUntil = conductUntil; }
    public List<EvidenceItem> getOwnEvidence() { return ownEvidence; }
    public String getItemSearch() { return itemSearch; }
    public void setItemSearch(String itemSearch) { this.itemSearch = itemSearch; }
    public String getCaseNumber() { return ledgerView.disputeCase().getDisplayNumber(); }
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
