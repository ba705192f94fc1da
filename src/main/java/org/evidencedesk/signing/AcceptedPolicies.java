package org.evidencedesk.signing;

import java.util.Optional;

/** Which time-stamp policies a verifier accepts, and why it refuses the others. */
@FunctionalInterface
interface AcceptedPolicies {

    /** Why a token issued under this policy is not accepted, or empty if it is. */
    Optional<String> problemWith(String policyOid);

    /** Evidence Desk's own tokens over evidence, receipts, signatures and checkpoints: the evidence policy only. */
    static AcceptedPolicies evidence() {
        return policy -> {
            if (TimestampPolicy.PUBLIC.oid().equals(policy)) {
                return Optional.of("a public time-stamp, not an evidence receipt (policy " + policy
                        + ", issued to anyone at /tsa)");
            }
            return TimestampPolicy.EVIDENCE.oid().equals(policy)
                    ? Optional.empty()
                    : Optional.of("the token was issued under policy " + policy + ", not the evidence policy "
                    + TimestampPolicy.EVIDENCE.oid());
        };
    }

    /**
     * An external authority's tokens: the configured policy if one is, else any but this installation's
     * public one (a public token relayed by a proxy is still not evidence).
     */
    static AcceptedPolicies external(Optional<String> required) {
        return policy -> {
            if (required.isPresent()) {
                return required.get().equals(policy)
                        ? Optional.empty()
                        : Optional.of("the token was issued under policy " + policy + ", not the configured " + required.get());
            }
            return TimestampPolicy.PUBLIC.oid().equals(policy)
                    ? Optional.of("a public time-stamp, not an evidence receipt (policy " + policy + ")")
                    : Optional.empty();
        };
    }
}
