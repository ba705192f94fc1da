package org.evidencedesk.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.evidencedesk.shared.persistence.BaseEntity;

/** Whether an administrator has switched a proposed rule set on or off: the latest switch of each rule. */
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

    @Embedded
    private RuleSwitch latest;

    protected RuleSetActivation() {
    }

    RuleSetActivation(String ruleKey, RuleSwitch latest) {
        this.ruleKey = ruleKey;
        this.latest = latest;
    }

    void switchTo(RuleSwitch next) {
        this.latest = next;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public RuleSwitch getLatest() {
        return latest;
    }

    public boolean isEnabled() {
        return latest.isEnabled();
    }
}
