package org.evidencedesk.signing;

import org.evidencedesk.shared.Phrase;

/**
 * Every reason a signature, a time-stamp token or a certificate is refused, each with the number of arguments it
 * takes (a name, an algorithm, a policy, or what Bouncy Castle or the JDK said); the words are in the message
 * bundles under {@code signing.problem.<name>}, so the verifier says them in its reader's language. Callers that
 * keep a reason as text (logs, the time-stamping client) get the English.
 */
public enum SigningProblem implements Phrase.Kind {

    SIGNER_CERTIFICATE_MISSING(0),
    DIGEST_ALGORITHM_REFUSED(1),
    NOT_CMS(1),
    CONTENT_ATTACHED(0),
    SIGNER_COUNT(1),
    NO_MESSAGE_DIGEST(0),
    CONTENT_CHANGED(1),
    SIGNATURE_VALUE_WRONG(0),
    SIGNER_NOT_VALID_AT_SIGNING_TIME(0),
    SIGNATURE_VALUE_UNVERIFIABLE(1),
    NOT_CADES(0),
    SIGNING_CERTIFICATE_OTHER(0),
    SIGNING_CERTIFICATE_OTHER_ISSUER(0),
    SIGNING_CERTIFICATE_UNREADABLE(1),
    SIGNER_MAY_NOT_SIGN(1),
    CERTIFICATES_UNREADABLE(1),
    SIGNATURE_TIMESTAMP(1),
    SIGNATURE_TIMESTAMP_UNREADABLE(1),
    NOT_A_TOKEN(1),
    TSA_CERTIFICATE_MISSING(0),
    IMPRINT_ALGORITHM_REFUSED(1),
    IMPRINT_ALGORITHM_OTHER(1),
    IMPRINT_DIFFERS(0),
    TSA_SIGNATURE_WRONG(1),
    TSA_MAY_NOT_STAMP(1),
    TOKEN_CERTIFICATES_UNREADABLE(1),
    UNTRUSTED_CHAIN(3),
    CHAIN_UNCHECKABLE(1),
    EITHER(2),
    EXTENDED_KEY_USAGE_UNREADABLE(0),
    TIMESTAMPING_NOT_SIGNER(0),
    NO_KEY_USAGE(0),
    KEY_USAGE_NO_SIGNING(0),
    NOT_TIMESTAMPING(0),
    PUBLIC_POLICY(1),
    PUBLIC_POLICY_RELAYED(1),
    OTHER_POLICY(2),
    NOT_CONFIGURED_POLICY(2),
    ARCHIVE_TIMESTAMP(1),
    ARCHIVE_TIMESTAMP_NO_INDEX(0),
    ARCHIVE_TIMESTAMP_COVERAGE_CHANGED(0),
    VALIDATION_DATA_BROKEN(1);

    private final int arity;

    SigningProblem(int arity) {
        this.arity = arity;
    }

    @Override
    public int arity() {
        return arity;
    }

    /** {@code signing.problem.} and the name in lower camel case: {@code UNTRUSTED_CHAIN} is {@code signing.problem.untrustedChain}. */
    @Override
    public String key() {
        return Phrase.Kind.key("signing.problem.", this);
    }

    Phrase with(Object... arguments) {
        return Phrase.of(this, arguments);
    }
}
