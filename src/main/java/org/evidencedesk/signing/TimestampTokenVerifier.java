package org.evidencedesk.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.evidencedesk.shared.Phrase;

/**
 * Checks RFC 3161 tokens: the stamped digest, the authority's signature, its chain to one of the trusted
 * roots and the policy. {@link SignatureVerifier} uses it with this installation's root and the evidence
 * policy; {@link HttpTimestamper} with the anchors configured for the external authority.
 */
final class TimestampTokenVerifier {

    private final Set<X509Certificate> trustedRoots;
    private final AcceptedPolicies policies;
    private final Clock clock;
    private final TrustedPaths paths;
    private final SignerVerifiers verifiers;
    private final ConvertedCertificates certificates;

    TimestampTokenVerifier(Set<X509Certificate> trustedRoots, AcceptedPolicies policies, Clock clock) {
        this(trustedRoots, policies, clock, new TrustedPaths(), new SignerVerifiers(), new ConvertedCertificates());
    }

    /**
     * @param paths the chains found trusted so far, {@code verifiers} the verifiers of the certificates seen so far and
     *        {@code certificates} those certificates in Java's form, all shared with the verifier of the signatures the
     *        tokens stamp
     */
    TimestampTokenVerifier(Set<X509Certificate> trustedRoots, AcceptedPolicies policies, Clock clock, TrustedPaths paths,
            SignerVerifiers verifiers, ConvertedCertificates certificates) {
        this.trustedRoots = Set.copyOf(trustedRoots);
        this.policies = policies;
        this.clock = clock;
        this.paths = paths;
        this.verifiers = verifiers;
        this.certificates = certificates;
    }

    /**
     * @param expectedDigest for the token's imprint algorithm, the digest it should stamp; empty if that
     *        algorithm is not the one expected
     */
    TimestampVerification verify(byte[] token, Function<DigestAlgorithm, Optional<byte[]>> expectedDigest) {
        TimeStampToken parsed;
        try {
            parsed = new TimeStampToken(ContentInfo.getInstance(ASN1Primitive.fromByteArray(token)));
        } catch (IOException | TSPException | RuntimeException e) {
            return TimestampVerification.unreadable(SigningProblem.NOT_A_TOKEN.with(String.valueOf(e.getMessage())));
        }
        TimeStampTokenInfo info = parsed.getTimeStampInfo();
        Optional<Phrase> imprintProblem = imprintProblem(info, expectedDigest);
        Optional<X509CertificateHolder> holder = Certificates.of(parsed.getCertificates(), parsed.getSID());
        Optional<Phrase> signatureProblem;
        Optional<Phrase> chainProblem;
        Optional<String> tsaSubject = Optional.empty();
        if (holder.isEmpty()) {
            signatureProblem = Optional.of(SigningProblem.TSA_CERTIFICATE_MISSING.with());
            chainProblem = signatureProblem;
        } else {
            signatureProblem = signatureProblem(parsed, holder.get());
            chainProblem = chainProblem(parsed, holder.get());
            tsaSubject = Optional.of(Certificates.displayName(holder.get().getSubject()));
        }
        Optional<Phrase> policyProblem = policies.problemWith(info.getPolicy().getId());
        Optional<Phrase> failure = imprintProblem.or(() -> signatureProblem).or(() -> chainProblem).or(() -> policyProblem);
        return new TimestampVerification(imprintProblem.isEmpty(), signatureProblem.isEmpty(), chainProblem.isEmpty(),
                policyProblem.isEmpty(), Optional.of(info.getGenTime().toInstant()), Optional.of(info.getSerialNumber()),
                Optional.of(info.getPolicy().getId()), tsaSubject, failure);
    }

    private static Optional<Phrase> imprintProblem(TimeStampTokenInfo info, Function<DigestAlgorithm, Optional<byte[]>> expectedDigest) {
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(info.getMessageImprintAlgOID());
        if (algorithm.isEmpty()) {
            return Optional.of(SigningProblem.IMPRINT_ALGORITHM_REFUSED.with(info.getMessageImprintAlgOID()));
        }
        Optional<byte[]> expected = expectedDigest.apply(algorithm.get());
        if (expected.isEmpty()) {
            return Optional.of(SigningProblem.IMPRINT_ALGORITHM_OTHER.with(algorithm.get()));
        }
        return MessageDigest.isEqual(expected.get(), info.getMessageImprintDigest())
                ? Optional.empty()
                : Optional.of(SigningProblem.IMPRINT_DIFFERS.with());
    }

    /** Bouncy Castle's validate covers the signature, the signing-certificate attribute and validity at genTime. */
    private Optional<Phrase> signatureProblem(TimeStampToken token, X509CertificateHolder certificate) {
        try {
            token.validate(verifiers.of(certificate));
            return Optional.empty();
        } catch (TSPException | OperatorCreationException | CertificateException | RuntimeException e) {
            return Optional.of(SigningProblem.TSA_SIGNATURE_WRONG.with(String.valueOf(e.getMessage())));
        }
    }

    private Optional<Phrase> chainProblem(TimeStampToken token, X509CertificateHolder holder) {
        try {
            X509Certificate certificate = certificates.of(holder);
            List<X509Certificate> supplied = new ArrayList<>();
            for (X509CertificateHolder other : token.getCertificates().getMatches(null)) {
                supplied.add(certificates.of(other));
            }
            return paths.problem(certificate, supplied, trustedRoots, clock.instant())
                    .or(() -> CertificatePurpose.TIMESTAMPING.problemWith(certificate)
                            .map(SigningProblem.TSA_MAY_NOT_STAMP::with));
        } catch (CertificateException e) {
            return Optional.of(SigningProblem.TOKEN_CERTIFICATES_UNREADABLE.with(String.valueOf(e.getMessage())));
        }
    }
}
