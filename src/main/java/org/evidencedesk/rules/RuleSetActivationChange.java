package org.evidencedesk.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One switch of a proposed rule set, kept for good: a later reader can tell what was enabled when.
 *
 * <p>Not a {@code BaseEntity}: written once and never updated, so it has no version to lock.
 */
@Entity
@Table(name = "rule_set_activation_change")
@NamedQuery(name = RuleSetActivationChange.OF_KEY,
        query = "select c from RuleSetActivationChange c where c.ruleKey = :key order by c.change.changedAt, c.id")
public class RuleSetActivationChange implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String OF_KEY = "RuleSetActivationChange.ofKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_key", nullable = false, updatable = false, length = 80)
    private String ruleKey;

    @Embedded
    private RuleSwitch change;

    protected RuleSetActivationChange() {
    }

    RuleSetActivationChange(String ruleKey, RuleSwitch change) {
        this.ruleKey = ruleKey;
        this.change = change;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public RuleSwitch getChange() {
        return change;
    }
}
