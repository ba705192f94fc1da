package org.evidencedesk.disclosure;

import static org.evidencedesk.disclosure.DisclosureRole.*;
import static org.evidencedesk.disclosure.DisclosureStatus.*;

import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;

/**
 * Every step a disclosure request can take: the states it starts from, the roles that may take it, and
 * where it leads. The request calls {@link #check} first in each transition, so an illegal one changes nothing.
 * Only a judge grants, denies or decides on a presumption or on damages; the court (judge or clerk) invites the
 * other side's opinion.
 */
public enum DisclosureTransition {
    REVISE(EnumSet.of(DRAFT), DRAFT, APPLICANT_COUNSEL),
    FILE(EnumSet.of(DRAFT), FILED, APPLICANT_COUNSEL),
    /** The court asks the other side for its opinion by a day it sets (CE art. 46 para. 1); it may set a new day. */
    INVITE_OPINION(EnumSet.of(FILED), FILED, JUDGE, CLERK),
    RECORD_OPINION(EnumSet.of(FILED), UNDER_REVIEW, ORDERED_COUNSEL),
    /** Only once the day set for the opinion has passed without one ({@link DisclosureRequest#openReview}). */
    OPEN_REVIEW(EnumSet.of(FILED), UNDER_REVIEW, JUDGE, CLERK),
    WITHDRAW(EnumSet.of(DRAFT, FILED, UNDER_REVIEW), WITHDRAWN, APPLICANT_COUNSEL),
    GRANT(EnumSet.of(UNDER_REVIEW), GRANTED, JUDGE),
    DENY(EnumSet.of(UNDER_REVIEW), DENIED, JUDGE),
    PRODUCE_ITEM(EnumSet.of(GRANTED), GRANTED, ORDERED_COUNSEL),
    COMPLETE_PRODUCTION(EnumSet.of(GRANTED), PRODUCED, ORDERED_COUNSEL),
    REPORT_PARTIAL(EnumSet.of(GRANTED), PARTIAL, ORDERED_COUNSEL),
    REFUSE(EnumSet.of(GRANTED), REFUSED, ORDERED_COUNSEL),
    LAPSE(EnumSet.of(GRANTED), DEADLINE_LAPSED, SYSTEM),
    CHALLENGE_PRODUCTION(EnumSet.of(PRODUCED), PRODUCTION_CHALLENGED, APPLICANT_COUNSEL),
    REFER_FOR_INFERENCE(REFERRED, INFERENCE_CANDIDATE, SYSTEM),
    APPLY_PRESUMPTION(EnumSet.of(INFERENCE_CANDIDATE), PRESUMPTION_APPLIED, JUDGE),
    DECLINE_PRESUMPTION(EnumSet.of(INFERENCE_CANDIDATE), PRESUMPTION_NOT_APPLIED, JUDGE),
    FIND_DAMAGES(EnumSet.of(INFERENCE_CANDIDATE), DAMAGES_FOUND, JUDGE),
    DECLINE_DAMAGES_FINDING(EnumSet.of(INFERENCE_CANDIDATE), DAMAGES_NOT_BY_REFERENCE, JUDGE);

    /** The judge's decisions after a referral under a disclosure rule (a presumption) or a damages rule. */
    static final Set<DisclosureTransition> PRESUMPTION_DECISIONS = EnumSet.of(APPLY_PRESUMPTION, DECLINE_PRESUMPTION);
    static final Set<DisclosureTransition> DAMAGES_DECISIONS = EnumSet.of(FIND_DAMAGES, DECLINE_DAMAGES_FINDING);

    private final Set<DisclosureStatus> from;
    private final DisclosureStatus to;
    private final Set<DisclosureRole> takenBy;

    DisclosureTransition(Set<DisclosureStatus> from, DisclosureStatus to, DisclosureRole first, DisclosureRole... more) {
        this.from = EnumSet.copyOf(from);
        this.to = to;
        this.takenBy = EnumSet.of(first, more);
    }

    /** Whether the step is open to the actor now: pages offer only these. */
    public boolean allows(DisclosureStatus current, DisclosureActor actor) {
        return from.contains(current) && takenBy.stream().anyMatch(actor::acts);
    }

    /** Refuses the step, saying why, unless the state and the actor's role allow it. */
    public void check(DisclosureStatus current, DisclosureActor actor) {
        if (takenBy.stream().noneMatch(actor::acts)) {
            throw new BusinessException("disclosure.notAllowed", new Translatable(messageKey()));
        }
        if (!from.contains(current)) {
            throw new BusinessException("disclosure.illegalTransition", new Translatable(messageKey()),
                    new Translatable(current.messageKey()));
        }
    }

    public DisclosureStatus to() {
        return to;
    }

    public Set<DisclosureStatus> from() {
        return EnumSet.copyOf(from);
    }

    public Set<DisclosureRole> takenBy() {
        return EnumSet.copyOf(takenBy);
    }

    public String messageKey() {
        return "disclosureTransition." + name();
    }
}
