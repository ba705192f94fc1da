package org.evidencedesk.disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the ordered party did that brings a request back to the judge: it did not comply with the order (refused,
 * produced only part, let the deadline pass), or, on the applicant's challenge to a completed production, it
 * produced false evidence, destroyed evidence or made it unusable (IPE art. 25 para. 1: "拒不提交、提交虚假证据、
 * 毁灭证据或者实施其他致使证据不能使用行为"). The ground decides what the law lets the judge find
 * ({@link NonComplianceLaw}).
 */
public enum NonComplianceGround {
    REFUSAL,
    PARTIAL_REFUSAL,
    DEADLINE_LAPSED,
    FALSE_EVIDENCE,
    DESTROYED,
    MADE_UNUSABLE;

    /** The grounds an applicant raises against a production the ordered party reported complete. */
    public static final Set<NonComplianceGround> CHALLENGES = EnumSet.of(FALSE_EVIDENCE, DESTROYED, MADE_UNUSABLE);

    /** Destroying evidence or making it unusable (CE art. 48 para. 2 with CPLI art. 113). */
    public boolean obstructsUse() {
        return this == DESTROYED || this == MADE_UNUSABLE;
    }

    public String messageKey() {
        return "nonComplianceGround." + name();
    }
}
