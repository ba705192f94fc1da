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
 * Keys for the tests, made in memory by the same certificate authority a fresh installation uses.
 * One shared set keeps the suite fast; {@link #another()} is a second, unrelated PKI; {@link #expired()} one
 * whose certificates have all run out. Public for the bundle tests.
 */
public final class TestKeys {

    private static final LocalCertificateAuthority AUTHORITY = new LocalCertificateAuthority(Clock.systemUTC());
    public static final Credential ROOT = AUTHORITY.createRoot();
    public static final SigningKeys SHARED = under(AUTHORITY, ROOT);

    private TestKeys() {
    }

    public static SigningKeys another() {
        return under(AUTHORITY, AUTHORITY.createRoot());
    }

    /** A PKI made eleven years ago, so every certificate in it expired a year ago. */
    public static SigningKeys expired() {
        LocalCertificateAuthority past = new LocalCertificateAuthority(
                Clock.fixed(Instant.now().minus(Duration.ofDays(11 * 366)), java.time.ZoneOffset.UTC));
        return under(past, past.createRoot());
    }

    private static SigningKeys under(LocalCertificateAuthority authority, Credential root) {
        return new SigningKeys(root.certificate(), authority.issueTimestamping(root), authority.issuePublicTimestamping(root),
                authority.issueSigning(root));
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
