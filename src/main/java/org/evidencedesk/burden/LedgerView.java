package org.evidencedesk.burden;

import java.util.List;
import java.util.Map;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.ruling.Ruling;

/**
 * A case's burden ledger as one viewer reads it, for its page: every fact with what the viewer may see of its links,
 * the rules a fact may rest on, the rulings, and the steps the viewer may take, decided by the same checks as
 * {@link BurdenLedger}'s use cases make (counsel propose and support the facts whose burden their side bears; the
 * assigned judge rules on open facts).
 *
 * @param counselSide the side the viewer acts for as counsel, or null
 * @param ownEvidence the first of the items of the viewer's side they may link ({@link org.evidencedesk.evidence.EvidenceAccess#OWN_ITEM_CHOICES}; a search
 *                    finds the others), empty unless they are counsel
 */
public record LedgerView(DisputeCase disputeCase, List<BurdenLedger.Entry> entries, List<RuleSet> rules,
                         List<RuleSet> proposals, Side counselSide, boolean mayRule, List<EvidenceItem> ownEvidence,
                         Map<Long, Ruling> rulings) {

    public LedgerView {
        entries = List.copyOf(entries);
        rules = List.copyOf(rules);
        proposals = List.copyOf(proposals);
        ownEvidence = List.copyOf(ownEvidence);
        rulings = Map.copyOf(rulings);
    }

    /** Counsel of either side may propose a fact. */
    public boolean mayPropose() {
        return counselSide != null;
    }

    /** The open facts whose burden the viewer's side bears: whose showings they may support and links take back. */
    public List<BurdenLedger.Entry> supportable() {
        return entries.stream().filter(entry -> entry.fact().getState() == FactState.OPEN
                && counselSide != null && entry.fact().getBurdenOn() == counselSide).toList();
    }

    /** The open facts the viewer may rule on: all of them for the assigned judge, none for anybody else. */
    public List<FactInIssue> factsToRule() {
        return mayRule ? entries.stream().map(BurdenLedger.Entry::fact).filter(fact -> fact.getState() == FactState.OPEN)
                .toList() : List.of();
    }

    /** A ruling on the case by id; null for none. */
    public Ruling ruling(Long id) {
        return id == null ? null : rulings.get(id);
    }

    /** The version of the fact as read, which a step on it carries; a fact not on the ledger is not found. */
    public long versionOf(long factId) {
        return entries.stream().filter(entry -> entry.fact().getId() == factId).findFirst()
                .orElseThrow(CaseNotFoundException::new).fact().getVersion();
    }

    /** The fact a link to evidence belongs to; a link not on the ledger is not found. */
    public long factOfLink(long supportId) {
        return entries.stream().filter(entry -> entry.fact().getSupports().stream()
                        .anyMatch(support -> support.getId() == supportId))
                .findFirst().orElseThrow(CaseNotFoundException::new).fact().getId();
    }
}
