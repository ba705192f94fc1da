package org.evidencedesk.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The certificate profiles of the installation's own PKI: a root (kept offline), two issuing CAs under it, one
 * for document signing and one for time-stamping, and the leaves they issue: the signing certificate and the two
 * time-stamping authorities' (evidence and public). Every CA and leaf names where its issuer's certificate and
 * CRL are published, and each leaf the OCSP responder, so a validator finds everything from the leaf alone.
 * Keys are EC P-256: 128-bit strength like RSA 3072, but generated in milliseconds rather than seconds, with
 * signatures a tenth of the size; openssl 3.0, the EU DSS validator and poppler all accept them.
 */
final class LocalCertificateAuthority {

    static final X500Principal ROOT_NAME = new X500Principal("CN=Evidence Desk Root CA, O=Evidence Desk");
    static final X500Principal TIMESTAMPING_NAME = new X500Principal("CN=Evidence Desk Time-Stamping Authority, O=Evidence Desk");
    static final X500Principal PUBLIC_TIMESTAMPING_NAME = new X500Principal("CN=Evidence Desk Public Time-Stamping, O=Evidence Desk");
    static final X500Principal SIGNING_NAME = new X500Principal("CN=Evidence Desk Signing, O=Evidence Desk");

    static final int ROOT_VALIDITY_YEARS = 20;
    static final int AUTHORITY_VALIDITY_YEARS = 10;
    static final Duration DEFAULT_LEAF_VALIDITY = Duration.ofDays(730);
    /** Back-dated so that a verifier whose clock runs a little behind ours still accepts a fresh certificate. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private final Clock clock;
    private final AuthorityAddresses addresses;
    private final Duration leafValidity;
    private final SecureRandom random = new SecureRandom();

    LocalCertificateAuthority(Clock clock) {
        this(clock, AuthorityAddresses.LOCAL, DEFAULT_LEAF_VALIDITY);
    }

    LocalCertificateAuthority(Clock clock, AuthorityAddresses addresses, Duration leafValidity) {
        this.clock = clock;
        this.addresses = addresses;
        this.leafValidity = leafValidity;
    }

    /** RFC 5280 section 4.2.1.9: a CA whose paths may hold one more CA (the issuing CAs) and no further. */
    Credential createRoot() {
        KeyPair keys = newKeyPair();
        Instant notBefore = notBefore();
        Instant notAfter = notBefore.atOffset(ZoneOffset.UTC).plusYears(ROOT_VALIDITY_YEARS).toInstant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ROOT_NAME, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), ROOT_NAME, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate root = sign(builder, keys);
            return new Credential(keys.getPrivate(), List.of(root));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot create the root certificate", e);
        }
    }

    /**
     * An issuing CA of {@code role} under {@code root}: path length 0 (it issues leaves only), for ten years or
     * until the root expires, naming the root's CRL and certificate.
     */
    IssuingAuthority issueAuthority(Credential root, AuthorityRole role, int generation) {
        KeyPair keys = newKeyPair();
        X509Certificate issuer = root.certificate();
        Instant notBefore = notBefore();
        Instant notAfter = earlier(notBefore.atOffset(ZoneOffset.UTC).plusYears(AUTHORITY_VALIDITY_YEARS).toInstant(),
                issuer.getNotAfter().toInstant());
        X500Principal subject = role.name(generation);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer))
                    .addExtension(Extension.cRLDistributionPoints, false, distributionPoint(addresses.crl(AuthorityAddresses.ROOT_SLUG)))
                    .addExtension(Extension.authorityInfoAccess, false,
                            access(addresses.certificate(AuthorityAddresses.ROOT_SLUG), false));
            X509Certificate certificate = sign(builder, new KeyPair(issuer.getPublicKey(), root.privateKey()));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(root.chain());
            return new IssuingAuthority(role.slug(generation), new Credential(keys.getPrivate(), chain));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue the CA certificate " + subject.getName(), e);
        }
    }

    /** RFC 3161 section 2.3: the time-stamping certificate has exactly one extended key usage, timeStamping, critical. */
    Credential issueTimestamping(IssuingAuthority authority) {
        return issue(authority, TIMESTAMPING_NAME, new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    /** The certificate of {@code /tsa}'s public tokens: a time-stamping certificate like the evidence one, under another name. */
    Credential issuePublicTimestamping(IssuingAuthority authority) {
        return issue(authority, PUBLIC_TIMESTAMPING_NAME, new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    /**
     * No extended key usage at all: openssl's default S/MIME purpose then accepts the certificate, and so
     * does {@code -purpose any}; one naming, say, document signing would make the default check fail.
     */
    Credential issueSigning(IssuingAuthority authority) {
        return issue(authority, SIGNING_NAME, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
    }

    /** A leaf certificate of the same kind as {@code old} (its name and usages), from {@code authority}. */
    Credential renew(X509Certificate old, IssuingAuthority authority) {
        X500Principal subject = old.getSubjectX500Principal();
        if (subject.equals(SIGNING_NAME)) {
            return issueSigning(authority);
        }
        if (subject.equals(TIMESTAMPING_NAME)) {
            return issueTimestamping(authority);
        }
        if (subject.equals(PUBLIC_TIMESTAMPING_NAME)) {
            return issuePublicTimestamping(authority);
        }
        throw new IllegalArgumentException("Not a certificate this installation issues: " + subject.getName());
    }

    /** RFC 5280 sections 4.2.1.13 and 4.2.2.1: the leaf names its CA's CRL, the OCSP responder and its CA's certificate. */
    private Credential issue(IssuingAuthority authority, X500Principal subject, KeyUsage keyUsage, ExtendedKeyUsage extendedKeyUsage) {
        KeyPair keys = newKeyPair();
        X509Certificate issuer = authority.certificate();
        Instant notBefore = notBefore();
        // Never beyond the CA: a path is valid only while every certificate in it is (RFC 5280 section 6.1.3).
        Instant notAfter = earlier(clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(leafValidity), issuer.getNotAfter().toInstant());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, keyUsage)
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer))
                    .addExtension(Extension.cRLDistributionPoints, false, distributionPoint(addresses.crl(authority.slug())))
                    .addExtension(Extension.authorityInfoAccess, false, access(addresses.certificate(authority.slug()), true));
            if (extendedKeyUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedKeyUsage);
            }
            X509Certificate certificate = sign(builder, new KeyPair(issuer.getPublicKey(), authority.credential().privateKey()));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(authority.credential().chain());
            return new Credential(keys.getPrivate(), chain);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue the certificate for " + subject.getName(), e);
        }
    }

    private static CRLDistPoint distributionPoint(String url) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(names), null, null)});
    }

    private AuthorityInformationAccess access(String caIssuers, boolean withOcsp) {
        List<AccessDescription> descriptions = new ArrayList<>();
        if (withOcsp) {
            descriptions.add(new AccessDescription(AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, addresses.ocsp())));
        }
        descriptions.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
                new GeneralName(GeneralName.uniformResourceIdentifier, caIssuers)));
        return new AuthorityInformationAccess(descriptions.toArray(AccessDescription[]::new));
    }

    private Instant notBefore() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
    }

    private static Instant earlier(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys) throws CertificateException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(BouncyCastle.contentSigner(issuerKeys.getPrivate())));
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make P-256 keys", e);
        }
    }

    /** Random and positive, at most 20 octets (RFC 5280 section 4.1.2.2), so two certificates never share one. */
    private BigInteger serialNumber() {
        return new BigInteger(127, random).setBit(126);
    }
}
