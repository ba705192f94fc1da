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
import java.util.ArrayList;
import java.util.List;
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

    FactInIssue(DisputeCase disputeCase, String statement, Side burdenOn, RuleSet rule, String proposedBy, Instant now) {
        if (statement == null || statement.isBlank() || statement.strip().length() > LIMIT) {
            throw new BusinessException("burden.statementRequired", LIMIT);
        }
        this.disputeCase = disputeCase;
        this.statement = statement.strip();
        this.burdenOn = burdenOn;
        this.ruleKey = rule.key();
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

    /** The judge's ruling: the burden moves to the side the rule names, or stays. */
    void rule(RuleSet rule, boolean shift, long ruling) {
        checkOpen();
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
