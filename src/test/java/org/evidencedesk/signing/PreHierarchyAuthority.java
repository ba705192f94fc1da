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
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The PKI as installations made it before the offline root, kept word for word from that version so that the
 * migration is tested on what those installations really hold: one online root issuing every leaf directly,
 * for as long as the root lives, with no CRL or OCSP pointers.
 */
final class PreHierarchyAuthority {

    static final X500Principal ROOT_NAME = new X500Principal("CN=Evidence Desk Root CA, O=Evidence Desk");
    static final X500Principal TIMESTAMPING_NAME = new X500Principal("CN=Evidence Desk Time-Stamping Authority, O=Evidence Desk");
    static final X500Principal PUBLIC_TIMESTAMPING_NAME = new X500Principal("CN=Evidence Desk Public Time-Stamping, O=Evidence Desk");
    static final X500Principal SIGNING_NAME = new X500Principal("CN=Evidence Desk Signing, O=Evidence Desk");

    static final int VALIDITY_YEARS = 10;
    /** Back-dated so that a verifier whose clock runs a little behind ours still accepts a fresh certificate. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PreHierarchyAuthority(Clock clock) {
        this.clock = clock;
    }

    Credential createRoot() {
        KeyPair keys = newKeyPair();
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
        Instant notAfter = notBefore.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ROOT_NAME, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), ROOT_NAME, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate root = sign(builder, keys);
            return new Credential(keys.getPrivate(), List.of(root));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot create the root certificate", e);
        }
    }

    /** RFC 3161 section 2.3: the time-stamping certificate has exactly one extended key usage, timeStamping, critical. */
    Credential issueTimestamping(Credential root) {
        return issue(root, TIMESTAMPING_NAME, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    /** The certificate of {@code /tsa}'s public tokens: a time-stamping certificate like the evidence one, under another name. */
    Credential issuePublicTimestamping(Credential root) {
        return issue(root, PUBLIC_TIMESTAMPING_NAME, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    /**
     * No extended key usage at all: openssl's default S/MIME purpose then accepts the certificate, and so
     * does {@code -purpose any}; one naming, say, document signing would make the default check fail.
     */
    Credential issueSigning(Credential root) {
        return issue(root, SIGNING_NAME, null);
    }

    private Credential issue(Credential root, X500Principal subject, ExtendedKeyUsage extendedKeyUsage) {
        KeyPair keys = newKeyPair();
        X509Certificate issuer = root.certificate();
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
        // Leaves live as long as the root: nothing renews them yet, and a server that cannot sign is worse.
        Instant notAfter = issuer.getNotAfter().toInstant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer));
            if (extendedKeyUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedKeyUsage);
            }
            X509Certificate certificate = sign(builder, new KeyPair(issuer.getPublicKey(), root.privateKey()));
            return new Credential(keys.getPrivate(), List.of(certificate, issuer));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue the certificate for " + subject.getName(), e);
        }
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
