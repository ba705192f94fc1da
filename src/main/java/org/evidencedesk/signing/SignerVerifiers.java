package org.evidencedesk.signing;

import java.security.cert.CertificateException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * One Bouncy Castle verifier per signing certificate, kept for the signatures that follow. Bouncy Castle keeps what it
 * precomputes for a public key's point with the key, so a P-256 signature checked with a key it has used before costs
 * less than half (71 against 162 µs here, warm): the 20,000 signatures of a 10,000-item bundle come from two or three
 * certificates. A verifier decides nothing by itself being reused: each verification still checks the signature, the
 * certificate's validity at the signing time and everything else anew.
 * <p>
 * At most {@link #LIMIT} certificates are kept: a hostile bundle may bring a certificate of its own with every signature,
 * and past the limit each gets a verifier of its own, as before.
 */
final class SignerVerifiers {

    static final int LIMIT = 64;

    private final KeptPerCertificate<SignerInformationVerifier> verifiers;

    SignerVerifiers() {
        this(LIMIT);
    }

    /** @param limit how many certificates' verifiers are kept at most */
    SignerVerifiers(int limit) {
        this.verifiers = new KeptPerCertificate<>(limit);
    }

    SignerInformationVerifier of(X509CertificateHolder certificate) throws OperatorCreationException, CertificateException {
        SignerInformationVerifier known = verifiers.get(certificate);
        if (known != null) {
            return known;
        }
        return verifiers.keep(certificate, BouncyCastle.verifierFor(certificate));
    }

    /** The certificates kept, for tests. */
    int kept() {
        return verifiers.size();
    }
}
