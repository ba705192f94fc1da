package org.evidencedesk.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** One switch of a proposed rule set: on or off, by whom, when. */
@Embeddable
public class RuleSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RuleSwitch() {
    }

    RuleSwitch(boolean enabled, String changedBy, Instant changedAt) {
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
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
