package org.evidencedesk.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The installation's OCSP responder (RFC 6960): each issuing CA answers for the certificates it issued, signing
 * its answers itself (section 4.2.2.2, the CA as responder), so no delegated responder certificate and no
 * id-pkix-ocsp-nocheck are needed. A serial the CA never issued is "unknown"; a request for a CA this installation
 * does not run is "unauthorized"; a request that cannot be read, or asks about too many certificates, is
 * "malformedRequest". Never an exception.
 */
public final class OcspResponder {

    private static final Logger LOG = Logger.getLogger(OcspResponder.class.getName());
    /** How long an answer may be relied on before a fresh one is asked for (section 4.2.2.1, nextUpdate). */
    static final Duration VALIDITY = Duration.ofDays(1);
    /**
     * Certificates one request may ask about (RFC 6960 lets a responder refuse a request): each costs a lookup, and
     * 16 KiB hold some 260 of them. Validators ask about one at a time, {@code openssl ocsp} about those it is given;
     * the installation issues a handful of leaves.
     */
    static final int MOST_CERTIFICATES = 8;
    /**
     * How deep a request's elements may be nested: a signed request carrying its certificates, the deepest there
     * is, reaches 11 (a certificate's extension value); anything deeper is refused before Bouncy Castle parses it.
     */
    private static final int MOST_DEPTH = 16;

    private final Supplier<IssuingAuthorities> authorities;
    private final RevocationRegistry registry;
    private final Clock clock;

    public OcspResponder(IssuingAuthorities authorities, RevocationRegistry registry, Clock clock) {
        this(() -> authorities, registry, clock);
    }

    /**
     * @param authorities the CAs and the leaves they issued as the keystore holds them now: a leaf rotated while the
     *        server runs is answered "good", not "unknown", from the moment it is in the keystore
     */
    public OcspResponder(Supplier<IssuingAuthorities> authorities, RevocationRegistry registry, Clock clock) {
        this.authorities = authorities;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The DER OCSPResponse to a DER OCSPRequest, as the {@code /pki/ocsp} servlet receives it. A request that cannot be
     * read, or names more than {@link #MOST_CERTIFICATES} certificates, is the client's doing: malformedRequest, and no
     * log line (anyone may send one, as often as they like).
     */
    public byte[] respond(byte[] request) {
        Optional<Asked> asked = asked(request);
        if (asked.isEmpty()) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Req[] requests = asked.get().requests();
        Optional<IssuingAuthority> authority = authorityFor(requests[0].getCertID());
        if (authority.isEmpty()) {
            return status(OCSPRespBuilder.UNAUTHORIZED);
        }
        for (Req single : requests) {
            if (!answersFor(authority.get(), single.getCertID())) {
                return status(OCSPRespBuilder.UNAUTHORIZED); // one answer, one signer: all must be for the same CA
            }
        }
        try {
            return answer(authority.get(), requests, asked.get().nonce());
        } catch (OCSPException | IOException | CertificateEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The OCSP responder could not answer a request", e);
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    /** What a request asks, every part of it read. */
    private record Asked(Req[] requests, Optional<Extension> nonce) {
    }

    /**
     * Empty if the request cannot be read or asks about too many certificates. Bouncy Castle reads a request's entries
     * only when they are asked for ({@code getRequestList}), so they are asked for here, where a failure is the client's.
     */
    private static Optional<Asked> asked(byte[] request) {
        if (!BerShape.isOneElement(request, MOST_DEPTH)) {
            return Optional.empty();
        }
        try {
            OCSPReq parsed = new OCSPReq(request);
            Req[] requests = parsed.getRequestList();
            if (requests.length == 0 || requests.length > MOST_CERTIFICATES) {
                return Optional.empty();
            }
            return Optional.of(new Asked(requests, Optional.ofNullable(parsed.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A fresh DER OCSPResponse on {@code certificate}, as it would answer a request without nonce: what a signature
     * embeds as the leaf's validation data.
     *
     * @throws IllegalArgumentException if none of the installation's issuing CAs issued the certificate
     */
    public byte[] statusOf(X509Certificate certificate) {
        IssuingAuthority authority = authorities.get().authorities().stream().filter(candidate -> candidate.issued(certificate)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No issuing CA of this installation issued "
                        + certificate.getSubjectX500Principal().getName()));
        try {
            CertificateID id = new CertificateID(sha1(), new X509CertificateHolder(authority.certificate().getEncoded()),
                    certificate.getSerialNumber());
            OCSPReq request = new OCSPReqBuilder().addRequest(id).build();
            return answer(authority, request.getRequestList(), Optional.empty());
        } catch (OCSPException | IOException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot answer for " + certificate.getSubjectX500Principal().getName(), e);
        }
    }

    private byte[] answer(IssuingAuthority authority, Req[] requests, Optional<Extension> nonce)
            throws OCSPException, IOException, CertificateEncodingException {
        X509CertificateHolder ca = new X509CertificateHolder(authority.certificate().getEncoded());
        // Section 4.2.2.3: responder id by the SHA-1 hash of the CA's public key.
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(SubjectPublicKeyInfo.getInstance(authority.certificate().getPublicKey()
                .getEncoded()), sha1());
        // Whole seconds (GeneralizedTime without fraction), rounded up: never before the moment of the request, so
        // never before a time-stamp it will follow in a signature, however precise that time-stamp's time is.
        Instant now = clock.instant();
        Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS).equals(now) ? now : now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        for (Req single : requests) {
            CertificateID id = single.getCertID();
            builder.addResponse(id, status(authority, id.getSerialNumber()), Date.from(thisUpdate), Date.from(thisUpdate.plus(VALIDITY)),
                    null);
        }
        if (nonce.isPresent()) {
            builder.setResponseExtensions(new Extensions(nonce.get())); // section 4.4.1: echoed as given
        }
        BasicOCSPResp signed = builder.build(BouncyCastle.contentSigner(authority.credential().privateKey()),
                new X509CertificateHolder[] {ca}, Date.from(thisUpdate));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, signed).getEncoded();
    }

    private CertificateStatus status(IssuingAuthority authority, BigInteger serialNumber) {
        if (!authorities.get().issuedSerial(authority, serialNumber)) {
            return new UnknownStatus();
        }
        return registry.find(authority.certificate().getSubjectX500Principal(), serialNumber)
                .<CertificateStatus>map(revocation -> revocation.reason() == RevocationReason.UNSPECIFIED
                        ? new RevokedStatus(Date.from(revocation.revokedAt()))
                        : new RevokedStatus(Date.from(revocation.revokedAt()), revocation.reason().code()))
                .orElse(CertificateStatus.GOOD);
    }

    private Optional<IssuingAuthority> authorityFor(CertificateID id) {
        return authorities.get().authorities().stream().filter(authority -> answersFor(authority, id)).findFirst();
    }

    /** Section 4.1.1: the request names the CA by the hashes of its name and key, in the algorithm the client chose. */
    private static boolean answersFor(IssuingAuthority authority, CertificateID id) {
        try {
            return id.matchesIssuer(new X509CertificateHolder(authority.certificate().getEncoded()),
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build());
        } catch (OCSPException | OperatorCreationException | IOException | CertificateEncodingException | RuntimeException e) {
            return false; // a hash algorithm or parameters no CA here answers for
        }
    }

    private static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("Cannot encode an OCSP response status", e);
        }
    }

    private static DigestCalculator sha1() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build().get(CertificateID.HASH_SHA1);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("No SHA-1 for OCSP identifiers", e);
        }
    }
}
