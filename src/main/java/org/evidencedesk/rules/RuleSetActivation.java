package org.evidencedesk.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.evidencedesk.shared.persistence.BaseEntity;

/** Whether an administrator has switched a proposed rule set on or off, and who did it when. */
@Entity
@Table(name = "rule_set_activation")
@NamedQuery(name = RuleSetActivation.ALL, query = "select a from RuleSetActivation a")
@NamedQuery(name = RuleSetActivation.BY_KEY, query = "select a from RuleSetActivation a where a.ruleKey = :key")
public class RuleSetActivation extends BaseEntity {

    private static final long serialVersionUID = 1L;
    static final String ALL = "RuleSetActivation.all";
    static final String BY_KEY = "RuleSetActivation.byKey";

    @Column(name = "rule_key", nullable = false, updatable = false, length = 80)
    private String ruleKey;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RuleSetActivation() {
    }

    RuleSetActivation(String ruleKey, boolean enabled, String changedBy, Instant changedAt) {
        this.ruleKey = ruleKey;
        switchTo(enabled, changedBy, changedAt);
    }

    final void switchTo(boolean enabled, String changedBy, Instant changedAt) {
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
