package org.evidencedesk.burden;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * A fact in issue: what must be proved, who bears the burden now, the rule set (id@version) that may move
 * it, the preliminary evidence offered for each of the rule's showings, and the rulings on it. The burden
 * moves only by the judge's ruling; a presumption from a disclosure refusal is recorded beside it.
 */
@Entity
@Table(name = "fact_in_issue")
public class FactInIssue extends BaseEntity {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private DisputeCase disputeCase;

    @Column(nullable = false, updatable = false, length = 4000)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(name = "burden_on", nullable = false, length = 16)
    private Side burdenOn;

    @Column(name = "rule_key", nullable = false, updatable = false, length = 100)
    private String ruleKey;

    /** A proposed (not binding) rule the fact is also weighed against, beside its binding basis; null if none. */
    @Column(name = "proposal_key", updatable = false, length = 100)
    private String proposalKey;

    /** First and last act of the conduct in issue; null on facts recorded before conduct dates were asked. */
    @Column(name = "conduct_from", updatable = false)
    private LocalDate conductFrom;

    @Column(name = "conduct_until", updatable = false)
    private LocalDate conductUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FactState state;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "ruling_id")
    private Long rulingId;

    @Column(name = "presumption_ruling_id")
    private Long presumptionRulingId;

    @OneToMany(mappedBy = "fact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("showingId, id")
    private List<ShowingSupport> supports = new ArrayList<>();

    protected FactInIssue() {
    }

    /**
     * A fact whose burden may move under {@code rule}, a binding burden-shift rule that governs the conduct's
     * dates, optionally weighed against a {@code proposal} that is not binding. A proposed rule never stands
     * alone as a basis while only proposed: it can be weighed only beside a binding rule that supports the shift.
     */
    FactInIssue(DisputeCase disputeCase, String statement, Side burdenOn, RuleSet rule, RuleSet proposal,
                ConductPeriod conduct, String proposedBy, Instant now) {
        if (statement == null || statement.isBlank() || statement.strip().length() > LIMIT) {
            throw new BusinessException("burden.statementRequired", LIMIT);
        }
        checkBindingBasis(rule);
        if (proposal != null && !(proposal.isProposed() && proposal.kind().movesBurden())) {
            throw new BusinessException("burden.notAProposal", proposal.key());
        }
        checkConduct(rule, conduct);
        this.disputeCase = disputeCase;
        this.statement = statement.strip();
        this.burdenOn = burdenOn;
        this.ruleKey = rule.key();
        this.proposalKey = proposal == null ? null : proposal.key();
        this.conductFrom = conduct == null ? null : conduct.from();
        this.conductUntil = conduct == null ? null : conduct.until();
        this.state = FactState.OPEN;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    /** Links an item of the burdened side's evidence to one showing of the rule, while no ruling has been made. */
    void link(RuleSet rule, String showingId, EvidenceItem item, String username, Instant now) {
        checkOpen();
        if (rule.showings().stream().noneMatch(showing -> showing.id().equals(showingId))) {
            throw new BusinessException("burden.unknownShowing");
        }
        if (item.getSide() != burdenOn || !item.getDisputeCase().getId().equals(disputeCase.getId())) {
            throw new BusinessException("burden.ownEvidenceOnly");
        }
        boolean already = supports.stream()
                .anyMatch(support -> support.getShowingId().equals(showingId) && support.getItem().equals(item));
        if (!already) {
            supports.add(new ShowingSupport(this, showingId, item, username, now));
        }
    }

    void unlink(long supportId) {
        checkOpen();
        supports.removeIf(support -> support.getId() != null && support.getId() == supportId);
    }

    /**
     * Only a burden-shift rule moves a burden: account-book rules (Patent Law 71(4), Trademark Law 63(2),
     * Copyright Law 54(4)) let the court set damages "参考权利人的主张和提供的证据", and an order to produce
     * (IPE 24, CE 45) moves none. Only binding law can be the basis: a proposed rule is weighed beside one.
     */
    private static void checkBindingBasis(RuleSet rule) {
        if (!rule.kind().movesBurden()) {
            throw new BusinessException("burden.notABurdenRule", rule.key());
        }
        if (rule.isProposed()) {
            throw new BusinessException("burden.proposalCannotStandAlone", rule.key());
        }
    }

    /** The version of a changed law must be the one that governs the conduct's dates (AUCL 2019 art. 32, 2025 art. 39). */
    private static void checkConduct(RuleSet rule, ConductPeriod conduct) {
        if (rule.conduct().isAlways()) {
            return;
        }
        if (conduct == null) {
            throw new BusinessException("burden.conductDatesRequired");
        }
        if (!conduct.isGovernedBy(rule)) {
            throw new BusinessException("burden.ruleNotForConductDates", rule.key(), conduct.until());
        }
    }

    /** Refuses a shift before a ruling is issued: a fact recorded before these checks may rest on a damages rule or a lone proposal. */
    void checkMayShiftUnder(RuleSet rule) {
        checkOpen();
        checkBindingBasis(rule);
    }

    /** The judge's ruling: the burden moves to the side the rule names, or stays. */
    void rule(RuleSet rule, boolean shift, long ruling) {
        checkOpen();
        if (shift) {
            checkBindingBasis(rule);
        }
        state = shift ? FactState.SHIFTED : FactState.NOT_SHIFTED;
        if (shift) {
            burdenOn = rule.burdenMovesTo();
        }
        rulingId = ruling;
    }

    void recordPresumption(long ruling) {
        presumptionRulingId = ruling;
    }

    private void checkOpen() {
        if (state != FactState.OPEN) {
            throw new BusinessException("burden.alreadyRuled");
        }
    }

    /** The showings with at least one linked item. */
    public Set<String> supportedShowings() {
        return supports.stream().map(ShowingSupport::getShowingId).collect(Collectors.toSet());
    }

    public DisputeCase getDisputeCase() {
        return disputeCase;
    }

    public String getStatement() {
        return statement;
    }

    public Side getBurdenOn() {
        return burdenOn;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public FactState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Optional<String> getProposalKey() {
        return Optional.ofNullable(proposalKey);
    }

    public LocalDate getConductFrom() {
        return conductFrom;
    }

    public LocalDate getConductUntil() {
        return conductUntil;
    }

    public Long getRulingId() {
        return rulingId;
    }

    public Long getPresumptionRulingId() {
        return presumptionRulingId;
    }

    public List<ShowingSupport> getSupports() {
        return List.copyOf(supports);
    }
}
