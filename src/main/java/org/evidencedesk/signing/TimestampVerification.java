package org.evidencedesk.signing;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.evidencedesk.shared.Phrase;

/**
 * What verifying an RFC 3161 token found: each check on its own, what the token states when it could
 * be read, and why it failed if it did.
 *
 * @param imprintMatches the token stamps exactly the expected digest, with the expected algorithm
 * @param signatureValid the authority's signature and its signing-certificate attribute verify,
 *        and the certificate was valid at genTime
 * @param chainTrusted the authority's certificate chains to the trusted root now and is a
 *        time-stamping certificate (extended key usage timeStamping, critical)
 * @param policyAccepted the token was issued under a policy the verifier accepts: for this
 *        installation's items the evidence policy, never the public one of {@code /tsa}
 * @param problem the first check that failed, as a phrase said in the reader's language; empty exactly when the token is valid
 */
public record TimestampVerification(
        boolean imprintMatches,
        boolean signatureValid,
        boolean chainTrusted,
        boolean policyAccepted,
        Optional<Instant> genTime,
        Optional<BigInteger> serialNumber,
        Optional<String> policy,
        Optional<String> tsaSubject,
        Optional<Phrase> problem) {

    public TimestampVerification {
        Objects.requireNonNull(genTime, "genTime");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(tsaSubject, "tsaSubject");
        Objects.requireNonNull(problem, "problem");
        if ((imprintMatches && signatureValid && chainTrusted && policyAccepted) == problem.isPresent()) {
            throw new IllegalArgumentException("A failure reason is given exactly when a check fails");
        }
    }

    static TimestampVerification unreadable(Phrase reason) {
        return new TimestampVerification(false, false, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(reason));
    }

    public boolean valid() {
        return problem.isEmpty();
    }

    /** Why it failed, in English: for logs and for the callers that keep a reason as text. */
    public Optional<String> failure() {
        return problem.map(Phrase::toString);
    }
}
