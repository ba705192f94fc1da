package org.evidencedesk.signing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.evidencedesk.shared.Phrase;

/**
 * What verifying a detached signature found: each check on its own, the signer and claimed signing
 * time when they could be read, the signature time-stamp if there is one, and why it failed if it did.
 *
 * @param contentMatches the content's digest equals the signed message-digest attribute
 * @param signatureValid the signature over the signed attributes verifies with the signer's key,
 *        and the certificate was valid at the stated signing time
 * @param signingCertificateMatches the signing-certificate-v2 attribute names exactly the signer's certificate
 * @param chainTrusted the signer's certificate chains to the trusted root now, and may sign
 * @param signatureTimestamp the signature-time-stamp token's verification, if the signature carries one
 * @param longTermDataIntact every archive time-stamp verifies and the validation data carried is intact (true when there is none)
 * @param problem the first check that failed, as a phrase said in the reader's language; empty exactly when the signature is valid
 */
public record SignatureVerification(
        boolean contentMatches,
        boolean signatureValid,
        boolean signingCertificateMatches,
        boolean chainTrusted,
        Optional<String> signerSubject,
        Optional<Instant> signingTime,
        Optional<TimestampVerification> signatureTimestamp,
        boolean longTermDataIntact,
        Optional<Phrase> problem) {

    public SignatureVerification {
        Objects.requireNonNull(signerSubject, "signerSubject");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(signatureTimestamp, "signatureTimestamp");
        Objects.requireNonNull(problem, "problem");
        boolean allPass = contentMatches && signatureValid && signingCertificateMatches && chainTrusted
                && signatureTimestamp.map(TimestampVerification::valid).orElse(true) && longTermDataIntact;
        if (allPass == problem.isPresent()) {
            throw new IllegalArgumentException("A failure reason is given exactly when a check fails");
        }
    }

    static SignatureVerification unreadable(Phrase reason) {
        return new SignatureVerification(false, false, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.of(reason));
    }

    public boolean valid() {
        return problem.isEmpty();
    }

    /** Why it failed, in English: for logs and for the callers that keep a reason as text. */
    public Optional<String> failure() {
        return problem.map(Phrase::toString);
    }
}
