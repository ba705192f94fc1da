package org.evidencedesk.signing;

import java.util.Optional;
import org.evidencedesk.shared.Phrase;

/** Which time-stamp policies a verifier accepts, and why it refuses the others. */
@FunctionalInterface
interface AcceptedPolicies {

    /** Why a token issued under this policy is not accepted, or empty if it is. */
    Optional<Phrase> problemWith(String policyOid);

    /** Evidence Desk's own tokens over evidence, receipts, signatures and checkpoints: the evidence policy only. */
    static AcceptedPolicies evidence() {
        return policy -> {
            if (TimestampPolicy.PUBLIC.oid().equals(policy)) {
                return Optional.of(SigningProblem.PUBLIC_POLICY.with(policy));
            }
            return TimestampPolicy.EVIDENCE.oid().equals(policy)
                    ? Optional.empty()
                    : Optional.of(SigningProblem.OTHER_POLICY.with(policy, TimestampPolicy.EVIDENCE.oid()));
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
                        : Optional.of(SigningProblem.NOT_CONFIGURED_POLICY.with(policy, required.get()));
            }
            return TimestampPolicy.PUBLIC.oid().equals(policy)
                    ? Optional.of(SigningProblem.PUBLIC_POLICY_RELAYED.with(policy))
                    : Optional.empty();
        };
    }
}
