package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A test-only stand-in for the installation's authorities until the real ones exist: for certificates issued by the
 * credentials it holds, it issues real CRLs and real OCSP responses (Bouncy Castle, signed by the issuing key), and
 * it can revoke. Not a mock: what it issues is what DSS and openssl read.
 */
public final class TestValidationAuthority implements ValidationDataSource {

    private final Map<X500Principal, Credential> issuers = new ConcurrentHashMap<>();
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final Map<X500Principal, X509CRL> published = new ConcurrentHashMap<>(); // as a CA publishes: one CRL until the next
    private final Clock clock;

    /** @param issuers the authorities it answers for, each with the key that signs its CRLs and OCSP responses */
    public TestValidationAuthority(Clock clock, Credential... issuers) {
        this.clock = clock;
        for (Credential issuer : issuers) {
            this.issuers.put(issuer.certificate().getSubjectX500Principal(), issuer);
        }
    }

    /** Answers for the shared test keys' root, which issues every test certificate. */
    public static TestValidationAuthority forSharedKeys(Clock clock) {
        return new TestValidationAuthority(clock, TestKeys.ROOT);
    }

    /** From {@code at} on, its CRLs list the certificate and its OCSP responses say revoked. */
    public void revoke(X509Certificate certificate, Instant at) {
        revoked.put(certificate.getSerialNumber(), at);
        published.clear();
    }

    @Override
    public ValidationData forChain(List<X509Certificate> chain) {
        List<X509CRL> crls = new ArrayList<>();
        List<byte[]> responses = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue; // a root is trusted as itself; nothing vouches for it
            }
            Credential issuer = issuers.get(certificate.getIssuerX500Principal());
            if (issuer == null) {
                throw new IllegalArgumentException("Not an authority of this installation: " + certificate.getIssuerX500Principal());
            }
            responses.add(ocspResponse(issuer, certificate));
            X509CRL crl = published.computeIfAbsent(issuer.certificate().getSubjectX500Principal(), name -> crl(issuer));
            if (crls.stream().noneMatch(other -> other.getIssuerX500Principal().equals(crl.getIssuerX500Principal()))) {
                crls.add(crl);
            }
        }
        return new ValidationData(chain, crls, responses);
    }

    /** RFC 6960: a BasicOCSPResponse signed by the issuing CA itself (so no delegated-responder certificate). */
    private byte[] ocspResponse(Credential issuer, X509Certificate certificate) {
        try {
            DigestCalculator sha256 = BouncyCastle.digestCalculators().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer.certificate());
            CertificateID id = new CertificateID(sha256, issuerHolder, certificate.getSerialNumber());
            Instant now = clock.instant();
            Instant revokedAt = revoked.get(certificate.getSerialNumber());
            CertificateStatus status = revokedAt != null && !revokedAt.isAfter(now)
                    ? new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise)
                    : CertificateStatus.GOOD;
            BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(issuer.certificate().getPublicKey(),
                    BouncyCastle.digestCalculators().get(CertificateID.HASH_SHA1));
            builder.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofDays(1))));
            BasicOCSPResp basic = builder.build(BouncyCastle.contentSigner(issuer.privateKey()),
                    new X509CertificateHolder[] {issuerHolder}, Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot answer for " + certificate.getSubjectX500Principal(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 5280 section 5: a CRL with its number and authority key identifier, valid for a day. */
    private X509CRL crl(Credential issuer) {
        try {
            Instant now = clock.instant();
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate().getSubjectX500Principal(), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            revoked.forEach((serial, at) -> {
                if (!at.isAfter(now)) {
                    builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise);
                }
            });
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            return new JcaX509CRLConverter().getCRL(builder.build(BouncyCastle.contentSigner(issuer.privateKey())));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot issue a CRL for " + issuer, e);
        }
    }
}
