package org.evidencedesk.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One switch of a proposed rule set, kept for good: a later reader can tell what was enabled when. */
@Entity
@Table(name = "rule_set_activation_change")
@NamedQuery(name = RuleSetActivationChange.OF_KEY,
        query = "select c from RuleSetActivationChange c where c.ruleKey = :key order by c.changedAt, c.id")
public class RuleSetActivationChange implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String OF_KEY = "RuleSetActivationChange.ofKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_key", nullable = false, updatable = false, length = 80)
    private String ruleKey;

    @Column(nullable = false, updatable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RuleSetActivationChange() {
    }

    RuleSetActivationChange(String ruleKey, boolean enabled, String changedBy, Instant changedAt) {
        this.ruleKey = ruleKey;
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
