package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIFreeText;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.tsp.TimeStampReq;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The built-in RFC 3161 time-stamping authority. It stamps digests for the application and answers
 * raw requests for the {@code /tsa} endpoint ({@code application/timestamp-query} in,
 * {@code application/timestamp-reply} out). A request it cannot grant gets a rejection carrying the
 * PKIFailureInfo a client can act on; callers of {@link #respond} never see an exception. An installation
 * runs two: one for evidence, one for the public, each with its own certificate and {@link TimestampPolicy}.
 *
 * <p>Tokens are signed in parallel: Bouncy Castle's token generator holds one signer, which is not thread-safe, so
 * each caller borrows a generator of its own from a small pool (a new one is built when all are in use, and kept
 * for the next caller; building one costs a key handle and a certificate store, not a key load). The only thing
 * callers take in turn is the serial and the time, under one short lock, so that a higher serial never carries an
 * earlier genTime; the serials come from memory for all but one token in a block (see {@link FileSerialNumbers}).
 * The two authorities share nothing (each has its own {@link SerialNumbers}), so a flood of public queries never
 * holds up an evidence stamp's serial.
 */
public final class BouncyCastleTimestampAuthority implements Timestamper {

    /** What the genTime may be off by: the host clock is assumed NTP-synchronised to well within a second. */
    static final int ACCURACY_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(BouncyCastleTimestampAuthority.class.getName());
    private static final int SUPPORTED_VERSION = 1;
    /** Generators kept between tokens: more than the threads that sign at once on any machine this runs on. */
    private static final int MAX_IDLE = 64;
    /** How deep a query's elements may be nested: a TimeStampReq's go 4 deep (an imprint's algorithm parameters). */
    private static final int MOST_DEPTH = 16;

    private final SerialNumbers serials;
    private final Clock clock;
    private final ASN1ObjectIdentifier policy;
    private final Set<ASN1ObjectIdentifier> acceptedAlgorithms = Arrays.stream(DigestAlgorithm.values())
            .map(DigestAlgorithm::oid).collect(Collectors.toUnmodifiableSet());
    private final Credential timestamping;
    /** Generators not in use; each is used by one thread at a time. */
    private final Queue<Issuer> idle = new ConcurrentLinkedQueue<>();
    /** Taken for the serial and the time together, nothing else: serial order is time order. */
    private final Object order = new Object();

    /** The authority that stamps evidence, under {@link TimestampPolicy#EVIDENCE}. */
    public BouncyCastleTimestampAuthority(Credential timestamping, SerialNumbers serials, Clock clock) {
        this(timestamping, serials, clock, TimestampPolicy.EVIDENCE);
    }

    public BouncyCastleTimestampAuthority(Credential timestamping, SerialNumbers serials, Clock clock, TimestampPolicy policy) {
        this(timestamping, serials, clock, policy.oid());
    }

    /**
     * @throws IllegalArgumentException if the certificate is not a time-stamping certificate
     *         (extended key usage timeStamping, alone and critical) or the policy is not an OID
     */
    public BouncyCastleTimestampAuthority(Credential timestamping, SerialNumbers serials, Clock clock, String policyOid) {
        this.serials = Objects.requireNonNull(serials, "serials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new ASN1ObjectIdentifier(policyOid);
        // Bouncy Castle's TimeStampResponseGenerator is not used: it ORs each failure into a field it never
        // clears, so once reused, later responses (granted ones too) would carry earlier failure bits.
        this.timestamping = Objects.requireNonNull(timestamping, "timestamping");
        idle.add(new Issuer()); // the first one now, so that a certificate unfit for time-stamping fails here
    }

    /**
     * One token generator and the genTime of the token it is generating, which its signing-time repeats. Used by
     * one thread at a time: taken from {@link #idle} and put back after the token.
     */
    private final class Issuer {
        private final TimeStampTokenGenerator tokens;
        private Date generating;

        Issuer() {
            this.tokens = tokenGenerator(timestamping, policy, () -> generating);
        }

        TimeStampToken generate(TimeStampRequest request, BigInteger serial, Date genTime) throws TSPException {
            generating = genTime;
            return tokens.generate(request, serial, genTime);
        }
    }

    @Override
    public TimestampToken stamp(byte[] sha256Digest) {
        if (sha256Digest == null || sha256Digest.length != DigestAlgorithm.SHA256.length()) {
            throw new IllegalArgumentException("A SHA-256 digest has 32 bytes");
        }
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true); // the token carries its certificate, so it verifies on its own, years later
        TimeStampResponse response = issue(requests.generate(DigestAlgorithm.SHA256.identifier(), sha256Digest));
        if (response.getStatus() != PKIStatus.GRANTED) {
            throw new TimestampException("The time-stamping authority did not grant a token: " + response.getStatusString());
        }
        return TimestampToken.of(response.getTimeStampToken());
    }

    /** Answers a DER TimeStampReq with a DER TimeStampResp, granted or rejected; never throws. */
    public byte[] respond(byte[] derTimeStampReq) {
        TimeStampResponse response;
        try {
            response = issue(parse(derTimeStampReq));
        } catch (IOException | RuntimeException e) {
            response = failure(PKIFailureInfo.badDataFormat, "The request is not a DER-encoded RFC 3161 TimeStampReq");
        }
        return encode(response);
    }

    private TimeStampResponse issue(TimeStampRequest request) {
        try {
            // No request extension is understood, so any is refused (RFC 3161 section 2.4.1); only our policy is served.
            request.validate(acceptedAlgorithms, Set.of(policy), Set.of());
            if (request.getVersion() != SUPPORTED_VERSION) {
                return failure(PKIFailureInfo.badDataFormat, "Only version 1 requests are understood");
            }
        } catch (TSPValidationException e) {
            return failure(e.getFailureCode(), e.getMessage());
        } catch (TSPException | RuntimeException e) {
            return failure(PKIFailureInfo.badRequest, "The request cannot be processed");
        }
        try {
            Issuer issuer = idle.poll();
            if (issuer == null) {
                issuer = new Issuer();
            }
            BigInteger serial;
            Date genTime;
            // Serial and time taken together, so a higher serial never carries an earlier genTime; the signature is not.
            synchronized (order) {
                serial = serials.next();
                genTime = Date.from(clock.instant());
            }
            TimeStampToken token = issuer.generate(request, serial, genTime);
            // Put back only after a token: a generator that failed half-way is dropped with its state.
            if (idle.size() < MAX_IDLE) {
                idle.add(issuer);
            }
            return new TimeStampResponse(new TimeStampResp(new PKIStatusInfo(PKIStatus.granted),
                    token.toCMSSignedData().toASN1Structure()));
        } catch (TSPException | IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The time-stamping authority failed to issue a token", e);
            return failure(PKIFailureInfo.systemFailure, "The time-stamping authority cannot issue a token now");
        }
    }

    /**
     * Strict about framing: trailing bytes after the request make it malformed, not ignored; and nesting deeper than a
     * request's is refused before Bouncy Castle's parser, which recurses once per level, could run out of stack on it.
     */
    private static TimeStampRequest parse(byte[] der) throws IOException {
        if (!BerShape.isOneElement(der, MOST_DEPTH)) {
            throw new IOException("not one element, or nested deeper than a request");
        }
        return new TimeStampRequest(TimeStampReq.getInstance(ASN1Primitive.fromByteArray(der)));
    }

    private static TimeStampResponse failure(int failureInfo, String statusText) {
        try {
            return new TimeStampResponse(new TimeStampResp(new PKIStatusInfo(PKIStatus.rejection,
                    new PKIFreeText(statusText), new PKIFailureInfo(failureInfo)), null));
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("Cannot build a rejection response", e);
        }
    }

    private static byte[] encode(TimeStampResponse response) {
        try {
            return response.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a time-stamp response", e);
        }
    }

    /**
     * The token's CMS signing-time attribute is its genTime, from the authority's clock. Left to itself Bouncy Castle
     * would take the machine's clock for it, and a validator checks the certificate against that time too (EU DSS
     * refuses a token whose signing-time falls outside its certificate), so two clocks must never disagree in one token.
     */
    private static TimeStampTokenGenerator tokenGenerator(Credential timestamping, ASN1ObjectIdentifier policy,
            Supplier<Date> genTime) {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(BouncyCastle.digestCalculators())
                            .setSignedAttributeGenerator(parameters -> new DefaultSignedAttributeTableGenerator(new AttributeTable(
                                    new Attribute(CMSAttributes.signingTime, new DERSet(new Time(genTime.get()))))).getAttributes(parameters))
                            .build(BouncyCastle.contentSigner(timestamping.privateKey(), BouncyCastle.ownRandom()), timestamping.certificate()),
                    // A SHA-256 certificate digest makes the token carry signing-certificate-v2 (ESSCertIDv2).
                    BouncyCastle.digestCalculators().get(DigestAlgorithm.SHA256.identifier()),
                    policy,
                    true);
            tokens.addCertificates(new JcaCertStore(timestamping.chain()));
            tokens.setTSA(new GeneralName(X500Name.getInstance(timestamping.certificate().getSubjectX500Principal().getEncoded())));
            tokens.setAccuracySeconds(ACCURACY_SECONDS);
            return tokens;
        } catch (TSPValidationException e) {
            throw new IllegalArgumentException("Not a time-stamping certificate: " + e.getMessage(), e);
        } catch (TSPException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot set up the time-stamping authority", e);
        }
    }
}
