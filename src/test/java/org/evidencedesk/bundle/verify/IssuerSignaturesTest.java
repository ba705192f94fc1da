package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** The remembered answers are the answers a fresh check gives, whatever was asked before, and the memory stays bounded. */
class IssuerSignaturesTest {

    private static final X500Name CA = new X500Name("CN=Remembered CA,O=Evidence Desk");
    private static final AtomicLong SERIALS = new AtomicLong(1);

    @Test
    void aLookAlikeIssuerWithAnotherKeyIsRefusedBeforeAndAfterTheGenuineOneIsRemembered() throws Exception {
        KeyPair genuineKeys = keys();
        KeyPair lookAlikeKeys = keys();
        X509CertificateHolder genuine = certificate(CA, CA, genuineKeys.getPublic(), genuineKeys.getPrivate());
        X509CertificateHolder lookAlike = certificate(CA, CA, lookAlikeKeys.getPublic(), lookAlikeKeys.getPrivate());
        X509CertificateHolder leaf = certificate(CA, new X500Name("CN=Signer,O=Evidence Desk"), keys().getPublic(),
                genuineKeys.getPrivate());

        assertThat(IssuerSignatures.issuedBy(leaf, lookAlike)).isFalse();
        assertThat(IssuerSignatures.issuedBy(leaf, genuine)).isTrue();
        assertThat(IssuerSignatures.issuedBy(leaf, lookAlike)).isFalse();
        assertThat(IssuerSignatures.issuedBy(leaf, genuine)).isTrue();
        assertThat(IssuerSignatures.issuedBy(genuine, genuine)).isTrue();
        assertThat(IssuerSignatures.issuedBy(lookAlike, genuine)).as("self-signed by another key").isFalse();
    }

    @Test
    void aCertificateWhoseSignatureWasAlteredIsRefusedThoughItsUntouchedTwinWasRemembered() throws Exception {
        KeyPair caKeys = keys();
        X509CertificateHolder ca = certificate(CA, CA, caKeys.getPublic(), caKeys.getPrivate());
        X509CertificateHolder leaf = certificate(CA, new X500Name("CN=Signer,O=Evidence Desk"), keys().getPublic(),
                caKeys.getPrivate());
        byte[] encoded = leaf.getEncoded();
        byte[] altered = encoded.clone();
        altered[altered.length - 3] ^= 0x01;

        assertThat(IssuerSignatures.issuedBy(leaf, ca)).isTrue();
        assertThat(IssuerSignatures.issuedBy(new X509CertificateHolder(altered), ca)).isFalse();
    }

    @Test
    void itRemembersNoMoreThanItsCapacity() throws Exception {
        for (int i = 0; i < IssuerSignatures.CAPACITY + 16; i++) {
            KeyPair own = keys();
            X500Name name = new X500Name("CN=Self-signed " + i + ",O=Evidence Desk");
            X509CertificateHolder selfSigned = certificate(name, name, own.getPublic(), own.getPrivate());
            assertThat(IssuerSignatures.issuedBy(selfSigned, selfSigned)).isTrue();
        }
        assertThat(IssuerSignatures.remembered()).isEqualTo(IssuerSignatures.CAPACITY);
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509CertificateHolder certificate(X500Name issuer, X500Name subject, PublicKey key, PrivateKey issuerKey)
            throws Exception {
        Date from = new Date();
        Date until = new Date(from.getTime() + 86_400_000L);
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.getAndIncrement()), from, until, subject, key)
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey));
    }
}
