package org.evidencedesk.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * A court's own certificate authority, unrelated to Evidence Desk's (root, signing CA, the court's RSA signing
 * certificate), made with Bouncy Castle the way a third-party CA would issue them: what an installation imports with
 * {@code ./pki import-pkcs12}. Public for the bundle tests.
 */
public final class TestCourtCa {

    static final Duration YEAR = Duration.ofDays(365);
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    final Instant now = Instant.now();
    final KeyPair rootKeys;
    final X509Certificate root;
    final KeyPair caKeys;
    final X509Certificate ca;

    public TestCourtCa() throws Exception {
        rootKeys = ec();
        root = certificate(rootKeys.getPrivate(), null, "CN=Beijing IP Court Root CA, O=Beijing IP Court", rootKeys,
                now.minus(YEAR), now.plus(YEAR.multipliedBy(10)), true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign), null);
        caKeys = ec();
        ca = certificate(rootKeys.getPrivate(), root, "CN=Beijing IP Court Signing CA, O=Beijing IP Court", caKeys,
                now.minus(YEAR), now.plus(YEAR.multipliedBy(5)), true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign), null);
    }

    public X509Certificate root() {
        return root;
    }

    /** The court's signing credential (RSA, digitalSignature and nonRepudiation), chain leaf, CA, root. */
    public Credential signer() throws Exception {
        KeyPair keys = rsa();
        return new Credential(keys.getPrivate(), List.of(leaf(keys, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null),
                ca, root));
    }

    /** The installation's keys with this court's certificate as the signer, time-stamping still under {@code installation}'s root. */
    public SigningKeys signingFor(SigningKeys installation) throws Exception {
        return new SigningKeys(installation.rootCertificate(), installation.timestamping(), installation.publicTimestamping(), signer());
    }

    X509Certificate leaf(KeyPair keys, KeyUsage usage, ExtendedKeyUsage extended) throws Exception {
        return certificate(caKeys.getPrivate(), ca, "CN=Beijing IP Court, O=Beijing IP Court", keys, now.minus(Duration.ofDays(1)),
                now.plus(YEAR.multipliedBy(2)), false, usage, extended);
    }

    /** {@code issuer} null: self-signed by {@code keys}. */
    static X509Certificate certificate(PrivateKey issuerKey, X509Certificate issuer, String subject, KeyPair keys,
            Instant from, Instant until, boolean authority, KeyUsage usage, ExtendedKeyUsage extended) throws Exception {
        X500Principal name = new X500Principal(subject);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer == null ? name : issuer.getSubjectX500Principal(),
                BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(from), Date.from(until), name, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false, issuer == null
                ? extensions.createAuthorityKeyIdentifier(keys.getPublic())
                : extensions.createAuthorityKeyIdentifier(issuer));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(Extension.keyUsage, true, usage);
        if (extended != null) {
            builder.addExtension(Extension.extendedKeyUsage, true, extended);
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(BouncyCastle.contentSigner(issuerKey)));
    }

    static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        return generator.generateKeyPair();
    }
}
