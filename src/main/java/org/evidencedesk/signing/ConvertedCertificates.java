package org.evidencedesk.signing;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Each certificate a verification meets, converted once from Bouncy Castle's form to Java's for the path checks that
 * follow. Every item of a bundle carries the same two or three certificates with each of its signatures, and converting
 * them anew (encoding each again and having Java parse it) was a twentieth of verifying 10,000 items once warm. The
 * certificates are compared whole, element by element ({@link X509CertificateHolder#equals}); a converted certificate
 * is immutable, so threads share it. Nothing is decided here: each path is still checked for each signature.
 * <p>
 * At most {@link #LIMIT} certificates are kept: a hostile bundle may bring a certificate of its own with every signature,
 * and past the limit each is converted anew, as before.
 */
final class ConvertedCertificates {

    static final int LIMIT = 64;

    private final KeptPerCertificate<X509Certificate> converted;
    private final JcaX509CertificateConverter converter = new JcaX509CertificateConverter();

    ConvertedCertificates() {
        this(LIMIT);
    }

    /** @param limit how many certificates are kept at most */
    ConvertedCertificates(int limit) {
        this.converted = new KeptPerCertificate<>(limit);
    }

    /** @throws CertificateException if Java cannot read the certificate */
    X509Certificate of(X509CertificateHolder certificate) throws CertificateException {
        X509Certificate known = converted.get(certificate);
        if (known != null) {
            return known;
        }
        return converted.keep(certificate, converter.getCertificate(certificate));
    }

    /** How many certificates are kept, for tests. */
    int kept() {
        return converted.size();
    }
}
