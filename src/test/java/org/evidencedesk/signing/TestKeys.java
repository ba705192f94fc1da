package org.evidencedesk.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * Keys for the tests, made in memory by the same certificate authority a fresh installation uses: a root, the two
 * issuing CAs under it and the leaves they issue, so every chain is leaf, issuing CA, root. One shared set keeps
 * the suite fast; {@link #another()} is a second, unrelated PKI; {@link #expired()} one whose certificates have all
 * run out. Public for the bundle tests.
 */
public final class TestKeys {

    private static final LocalCertificateAuthority AUTHORITY = new LocalCertificateAuthority(Clock.systemUTC());
    public static final Credential ROOT = AUTHORITY.createRoot();
    public static final IssuingAuthority SIGNING_CA = AUTHORITY.issueAuthority(ROOT, AuthorityRole.DOCUMENT_SIGNING, 1);
    public static final IssuingAuthority TIMESTAMPING_CA = AUTHORITY.issueAuthority(ROOT, AuthorityRole.TIME_STAMPING, 1);
    public static final SigningKeys SHARED = under(AUTHORITY, ROOT, SIGNING_CA, TIMESTAMPING_CA);

    private TestKeys() {
    }

    /** The shared issuing CAs with the shared leaves as what they issued: what the CRLs and OCSP answers of the tests speak for. */
    public static IssuingAuthorities sharedAuthorities() {
        return new IssuingAuthorities(ROOT.certificate(), List.of(SIGNING_CA, TIMESTAMPING_CA), List.of(SHARED.signing().certificate(),
                SHARED.timestamping().certificate(), SHARED.publicTimestamping().certificate()));
    }

    public static SigningKeys another() {
        Credential root = AUTHORITY.createRoot();
        return under(AUTHORITY, root, AUTHORITY.issueAuthority(root, AuthorityRole.DOCUMENT_SIGNING, 1),
                AUTHORITY.issueAuthority(root, AuthorityRole.TIME_STAMPING, 1));
    }

    /**
     * A PKI whose certificates all ran out a year ago: a root made 21 years ago, its CAs and leaves 11 years ago
     * (the leaves as long-lived as their CAs), so all were valid together until then.
     */
    public static SigningKeys expired() {
        Credential root = new LocalCertificateAuthority(Clock.fixed(Instant.now().minus(Duration.ofDays(21 * 366 - 2)),
                java.time.ZoneOffset.UTC)).createRoot();
        LocalCertificateAuthority past = new LocalCertificateAuthority(
                Clock.fixed(Instant.now().minus(Duration.ofDays(11 * 366)), java.time.ZoneOffset.UTC), AuthorityAddresses.LOCAL,
                Duration.ofDays(20 * 366));
        return under(past, root, past.issueAuthority(root, AuthorityRole.DOCUMENT_SIGNING, 1),
                past.issueAuthority(root, AuthorityRole.TIME_STAMPING, 1));
    }

    private static SigningKeys under(LocalCertificateAuthority authority, Credential root, IssuingAuthority signingCa,
            IssuingAuthority timestampingCa) {
        return new SigningKeys(root.certificate(), authority.issueTimestamping(timestampingCa),
                authority.issuePublicTimestamping(timestampingCa), authority.issueSigning(signingCa));
    }

    /** The root as the issuer of leaves, as installations before the offline root had it: for keystores of that layout. */
    static IssuingAuthority rootAsIssuer(Credential root) {
        return new IssuingAuthority(AuthorityAddresses.ROOT_SLUG, root);
    }

    /** A certificate under the shared root that only the test decides the key usage of, e.g. one that may not sign. */
    static Credential issuedUnderRoot(String commonName, int keyUsage) throws Exception {
        return issuedUnderRoot(commonName, Optional.of(new KeyUsage(keyUsage)));
    }

    /** A certificate under the shared root that states no key usage at all. */
    static Credential issuedUnderRootWithoutKeyUsage(String commonName) throws Exception {
        return issuedUnderRoot(commonName, Optional.empty());
    }

    private static Credential issuedUnderRoot(String commonName, Optional<KeyUsage> keyUsage) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ROOT.certificate(), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), ROOT.certificate().getNotAfter(),
                new X500Principal("CN=" + commonName + ", O=Evidence Desk"), keys.getPublic());
        if (keyUsage.isPresent()) {
            builder.addExtension(Extension.keyUsage, true, keyUsage.get());
        }
        return new Credential(keys.getPrivate(), List.of(
                new JcaX509CertificateConverter().getCertificate(builder.build(BouncyCastle.contentSigner(ROOT.privateKey()))),
                ROOT.certificate()));
    }

    /** A serial source in memory, for tests that are not about persistence. */
    public static SerialNumbers counter() {
        AtomicLong last = new AtomicLong();
        return () -> BigInteger.valueOf(last.incrementAndGet());
    }
}
