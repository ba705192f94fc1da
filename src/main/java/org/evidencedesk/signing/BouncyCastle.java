package org.evidencedesk.signing;

import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The one Bouncy Castle provider this package uses, always passed explicitly: registering it with
 * {@code Security.addProvider} would change the JCA of the whole application server, which is not ours
 * to change.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }

    /** A fresh signer per use: a {@code ContentSigner} wraps a {@code java.security.Signature}, which is not thread-safe. */
    static ContentSigner contentSigner(PrivateKey key) {
        return build(new JcaContentSignerBuilder(signatureAlgorithm(key)).setProvider(PROVIDER), key);
    }

    /**
     * A fresh signer drawing its ECDSA nonces from {@code random}, for a signer that signs often: given its own
     * generator, it does not queue with every other signer of the process for the platform's shared one.
     */
    static ContentSigner contentSigner(PrivateKey key, SecureRandom random) {
        return build(new JcaContentSignerBuilder(signatureAlgorithm(key)).setProvider(PROVIDER).setSecureRandom(random), key);
    }

    private static ContentSigner build(JcaContentSignerBuilder builder, PrivateKey key) {
        try {
            return builder.build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign with a " + key.getAlgorithm() + " key", e);
        }
    }

    /** A DRBG of the platform's, seeded from its entropy source once, for one signer's own use. */
    static SecureRandom ownRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    static DigestCalculatorProvider digestCalculators() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Bouncy Castle offers no digest calculators", e);
        }
    }

    static SignerInformationVerifier verifierFor(X509CertificateHolder certificate) throws OperatorCreationException, CertificateException {
        return new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER).build(certificate);
    }

    /** SHA-256 whatever the key: it matches the 128-bit strength of P-256 and RSA 3072, and every verifier knows it. */
    static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("Unsupported signing key type " + key.getAlgorithm()
                    + "; use an EC (P-256) or RSA key");
        };
    }
}
