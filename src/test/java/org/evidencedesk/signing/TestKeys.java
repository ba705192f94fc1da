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
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * Keys for the tests, made in memory by the same certificate authority a fresh installation uses.
 * One shared set keeps the suite fast; {@link #another()} is a second, unrelated PKI.
 */
final class TestKeys {

    private static final LocalCertificateAuthority AUTHORITY = new LocalCertificateAuthority(Clock.systemUTC());
    static final Credential ROOT = AUTHORITY.createRoot();
    static final SigningKeys SHARED = new SigningKeys(ROOT.certificate(), AUTHORITY.issueTimestamping(ROOT), AUTHORITY.issueSigning(ROOT));

    private TestKeys() {
    }

    static SigningKeys another() {
        Credential root = AUTHORITY.createRoot();
        return new SigningKeys(root.certificate(), AUTHORITY.issueTimestamping(root), AUTHORITY.issueSigning(root));
    }

    /** A certificate under the shared root that only the test decides the key usage of, e.g. one that may not sign. */
    static Credential issuedUnderRoot(String commonName, int keyUsage) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ROOT.certificate(), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), ROOT.certificate().getNotAfter(),
                new X500Principal("CN=" + commonName + ", O=Evidence Desk"), keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return new Credential(keys.getPrivate(), List.of(
                new JcaX509CertificateConverter().getCertificate(builder.build(BouncyCastle.contentSigner(ROOT.privateKey()))),
                ROOT.certificate()));
    }

    /** A serial source in memory, for tests that are not about persistence. */
    static SerialNumbers counter() {
        AtomicLong last = new AtomicLong();
        return () -> BigInteger.valueOf(last.incrementAndGet());
    }
}
