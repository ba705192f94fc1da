package org.evidencedesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.OperatorCreationException;
import org.evidencedesk.shared.Phrase;

/**
 * The one verifier of what this package produces, for the verify command and the verification page:
 * detached CAdES signatures over a content stream, and RFC 3161 tokens over a digest, both against the
 * installation's root (a signer also against its court's root, when the installation signs with an imported one), and the archive time-stamps and validation data of a long-term (LTA) signature intact
 * ({@link ArchiveTimestampCheck}). Tokens must carry the evidence policy, so a public token from {@code /tsa} never passes
 * for an item's; a signer must be a document signer, never a time-stamping certificate. A bad signature
 * or token is an answer, never an exception.
 */
public final class SignatureVerifier {

    private final Set<X509Certificate> signerAnchors;
    private final Clock clock;
    private final TimestampTokenVerifier tokens;
    private final ArchiveTimestampCheck archiveTimestamps;
    private final TrustedPaths paths = new TrustedPaths();
    private final SignerVerifiers verifiers = new SignerVerifiers();
    private final ConvertedCertificates certificates = new ConvertedCertificates();

    /** @param clock the time at which chains must be valid, as openssl checks them: now */
    public SignatureVerifier(X509Certificate trustedRoot, Clock clock) {
        this(trustedRoot, Set.of(), clock);
    }

    /**
     * @param trustedRoot the installation's root: time-stamps must chain to it, signers may
     * @param courtRoots further anchors for the signer only (a court's root, when the installation signs with its
     *        court's CA-issued certificate); never for time-stamps, whose authority is the installation's
     */
    public SignatureVerifier(X509Certificate trustedRoot, Set<X509Certificate> courtRoots, Clock clock) {
        Objects.requireNonNull(trustedRoot, "trustedRoot");
        Set<X509Certificate> anchors = new HashSet<>(courtRoots);
        anchors.add(trustedRoot);
        this.signerAnchors = Set.copyOf(anchors);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = new TimestampTokenVerifier(Set.of(trustedRoot), AcceptedPolicies.evidence(), clock, paths, verifiers,
                certificates);
        this.archiveTimestamps = new ArchiveTimestampCheck(tokens, certificates);
    }

    /** The verifier of what this installation signs: its root, and its court's root if it signs with an imported certificate. */
    public static SignatureVerifier of(SigningKeys keys, Clock clock) {
        return new SignatureVerifier(keys.rootCertificate(), keys.anchors(), clock);
    }

    /**
     * Verifies a DER or BER CMS SignedData, detached, over the content, which is read once to its end.
     *
     * @throws IOException only if the content cannot be read
     */
    public SignatureVerification verifyDetached(byte[] signature, InputStream content) throws IOException {
        CMSSignedData signed;
        SignerInformation signer;
        X509CertificateHolder holder;
        X509Certificate certificate;
        DigestAlgorithm algorithm;
        byte[] claimedDigest;
        try {
            signed = new CMSSignedData(signature);
            signer = onlySigner(signed);
            holder = Certificates.of(signed.getCertificates(), signer.getSID())
                    .orElseThrow(() -> new Unreadable(SigningProblem.SIGNER_CERTIFICATE_MISSING.with()));
            certificate = certificates.of(holder);
            algorithm = DigestAlgorithm.of(signer.getDigestAlgorithmID().getAlgorithm())
                    .orElseThrow(() -> new Unreadable(SigningProblem.DIGEST_ALGORITHM_REFUSED.with(signer.getDigestAlgOID())));
            claimedDigest = messageDigest(signer);
        } catch (Unreadable e) {
            return SignatureVerification.unreadable(e.reason);
        } catch (CMSException | CertificateException | RuntimeException e) {
            return SignatureVerification.unreadable(SigningProblem.NOT_CMS.with(String.valueOf(e.getMessage())));
        }

        byte[] contentDigest = digest(content, algorithm);
        boolean contentMatches = MessageDigest.isEqual(claimedDigest, contentDigest);
        Optional<Phrase> contentProblem = contentMatches
                ? Optional.empty()
                : Optional.of(SigningProblem.CONTENT_CHANGED.with(algorithm));
        Optional<Phrase> signatureProblem = signatureProblem(signed, signer, claimedDigest, holder);
        Optional<Phrase> certificateProblem = signingCertificateProblem(signer, certificate);
        Optional<Phrase> chainProblem = chainProblem(signed, certificate);
        Optional<TimestampVerification> timestamp = signatureTimestamp(signer);
        // Archive time-stamps are requested over SHA-256 (CadesArchiveTimestamps), what this signer's digest is.
        Optional<Phrase> longTermProblem = algorithm == DigestAlgorithm.SHA256
                ? archiveTimestamps.problem(signature, contentDigest)
                : Optional.empty();
        Optional<Phrase> failure = contentProblem.or(() -> signatureProblem).or(() -> certificateProblem).or(() -> chainProblem)
                .or(() -> timestamp.flatMap(TimestampVerification::problem).map(SigningProblem.SIGNATURE_TIMESTAMP::with))
                .or(() -> longTermProblem);
        return new SignatureVerification(contentMatches, signatureProblem.isEmpty(), certificateProblem.isEmpty(),
                chainProblem.isEmpty(), Optional.of(certificate.getSubjectX500Principal().getName()), signingTime(signer),
                timestamp, longTermProblem.isEmpty(), failure);
    }

    /** Verifies a DER time-stamp token (as {@code openssl ts -verify -token_in} reads it) over a SHA-256 digest. */
    public TimestampVerification verifyTimestamp(byte[] token, byte[] sha256Digest) {
        byte[] expected = sha256Digest.clone();
        return tokens.verify(token, algorithm -> algorithm == DigestAlgorithm.SHA256 ? Optional.of(expected) : Optional.empty());
    }

    private static SignerInformation onlySigner(CMSSignedData signed) throws Unreadable {
        if (signed.getSignedContent() != null) {
            throw new Unreadable(SigningProblem.CONTENT_ATTACHED.with());
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new Unreadable(SigningProblem.SIGNER_COUNT.with(signers.size()));
        }
        return signers.iterator().next();
    }

    private static byte[] messageDigest(SignerInformation signer) throws Unreadable {
        Optional<ASN1Encodable> value = signedAttribute(signer, CMSAttributes.messageDigest);
        if (value.isEmpty()) {
            throw new Unreadable(SigningProblem.NO_MESSAGE_DIGEST.with());
        }
        return ASN1OctetString.getInstance(value.get()).getOctets();
    }

    private static byte[] digest(InputStream content, DigestAlgorithm algorithm) throws IOException {
        MessageDigest digest = algorithm.newDigest();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            content.transferTo(sink);
        }
        return digest.digest();
    }

    /**
     * The signature over the signed attributes, checked on its own: Bouncy Castle compares the digest
     * first and would hide a bad signature behind a changed content, so it is handed the signed digest, over the
     * structure already read (reading the signature's bytes again was a fortieth of verifying a bundle of 10,000 items).
     */
    private Optional<Phrase> signatureProblem(CMSSignedData signed, SignerInformation signer, byte[] claimedDigest,
            X509CertificateHolder certificate) {
        try {
            CMSSignedData asSigned = new CMSSignedData(Map.of(signer.getDigestAlgorithmID().getAlgorithm(), claimedDigest),
                    signed.toASN1Structure());
            SignerInformation same = asSigned.getSignerInfos().get(signer.getSID());
            return same.verify(verifiers.of(certificate))
                    ? Optional.empty()
                    : Optional.of(SigningProblem.SIGNATURE_VALUE_WRONG.with());
        } catch (CMSVerifierCertificateNotValidException e) {
            return Optional.of(SigningProblem.SIGNER_NOT_VALID_AT_SIGNING_TIME.with());
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return Optional.of(SigningProblem.SIGNATURE_VALUE_UNVERIFIABLE.with(String.valueOf(e.getMessage())));
        }
    }

    /** CAdES: the signed signing-certificate-v2 attribute must name the very certificate that verifies the signature. */
    private static Optional<Phrase> signingCertificateProblem(SignerInformation signer, X509Certificate certificate) {
        try {
            Optional<ASN1Encodable> value = signedAttribute(signer, PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (value.isEmpty()) {
                return Optional.of(SigningProblem.NOT_CADES.with());
            }
            ESSCertIDv2 id = SigningCertificateV2.getInstance(value.get()).getCerts()[0];
            Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(id.getHashAlgorithm().getAlgorithm());
            if (algorithm.isEmpty() || !MessageDigest.isEqual(id.getCertHash(), algorithm.get().digest(certificate.getEncoded()))) {
                return Optional.of(SigningProblem.SIGNING_CERTIFICATE_OTHER.with());
            }
            IssuerSerial issuerSerial = id.getIssuerSerial();
            if (issuerSerial != null && !names(issuerSerial, certificate)) {
                return Optional.of(SigningProblem.SIGNING_CERTIFICATE_OTHER_ISSUER.with());
            }
            return Optional.empty();
        } catch (CertificateEncodingException | RuntimeException e) {
            return Optional.of(SigningProblem.SIGNING_CERTIFICATE_UNREADABLE.with(String.valueOf(e.getMessage())));
        }
    }

    private static boolean names(IssuerSerial issuerSerial, X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        boolean issuerMatches = false;
        for (GeneralName name : issuerSerial.getIssuer().getNames()) {
            issuerMatches |= name.getTagNo() == GeneralName.directoryName && X500Name.getInstance(name.getName()).equals(issuer);
        }
        return issuerMatches && issuerSerial.getSerial().getValue().equals(certificate.getSerialNumber());
    }

    private Optional<Phrase> chainProblem(CMSSignedData signed, X509Certificate certificate) {
        try {
            List<X509Certificate> supplied = new ArrayList<>();
            for (X509CertificateHolder other : signed.getCertificates().getMatches(null)) {
                supplied.add(certificates.of(other));
            }
            return paths.problem(certificate, supplied, signerAnchors, clock.instant())
                    .or(() -> CertificatePurpose.SIGNING.problemWith(certificate)
                            .map(SigningProblem.SIGNER_MAY_NOT_SIGN::with));
        } catch (CertificateException e) {
            return Optional.of(SigningProblem.CERTIFICATES_UNREADABLE.with(String.valueOf(e.getMessage())));
        }
    }

    /** Every signature-time-stamp must verify over the signature value; the first failing one (else the first) is reported. */
    private Optional<TimestampVerification> signatureTimestamp(SignerInformation signer) {
        AttributeTable unsigned;
        try {
            unsigned = signer.getUnsignedAttributes();
        } catch (RuntimeException e) {
            // An attribute cut short: openssl refuses the whole SignerInfo (RFC 5652 section 5.3), so this check fails too, saying why.
            return Optional.of(TimestampVerification.unreadable(
                    SigningProblem.SIGNATURE_TIMESTAMP_UNREADABLE.with(String.valueOf(e.getMessage()))));
        }
        if (unsigned == null) {
            return Optional.empty();
        }
        byte[] signatureValue = signer.getSignature();
        Optional<TimestampVerification> reported = Optional.empty();
        ASN1EncodableVector attributes = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        for (int i = 0; i < attributes.size(); i++) {
            for (ASN1Encodable value : Attribute.getInstance(attributes.get(i)).getAttributeValues()) {
                TimestampVerification verification = verifyEncodable(value,
                        algorithm -> Optional.of(algorithm.digest(signatureValue)));
                if (reported.isEmpty() || (reported.get().valid() && !verification.valid())) {
                    reported = Optional.of(verification);
                }
            }
        }
        return reported;
    }

    private TimestampVerification verifyEncodable(ASN1Encodable token,
            Function<DigestAlgorithm, Optional<byte[]>> expectedDigest) {
        try {
            return tokens.verify(token.toASN1Primitive().getEncoded(), expectedDigest);
        } catch (IOException e) {
            return TimestampVerification.unreadable(SigningProblem.SIGNATURE_TIMESTAMP_UNREADABLE.with(String.valueOf(e.getMessage())));
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        try {
            return signedAttribute(signer, CMSAttributes.signingTime).map(value -> Time.getInstance(value).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ASN1Encodable> signedAttribute(SignerInformation signer, ASN1ObjectIdentifier type) {
        AttributeTable signed = signer.getSignedAttributes();
        if (signed == null) {
            return Optional.empty();
        }
        Attribute attribute = signed.get(type);
        return attribute == null || attribute.getAttrValues().size() != 1
                ? Optional.empty()
                : Optional.of(attribute.getAttrValues().getObjectAt(0));
    }

    /** A signature that cannot even be examined, and why. */
    private static final class Unreadable extends Exception {

        private final transient Phrase reason;

        Unreadable(Phrase reason) {
            super(reason.toString(), null, false, false);
            this.reason = reason;
        }
    }
}
