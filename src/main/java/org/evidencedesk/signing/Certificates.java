package org.evidencedesk.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.util.Store;

/** Finds the certificate a CMS signer names, tells which certificate issued which, and writes names the way the rest of Java does. */
final class Certificates {

    private Certificates() {
    }

    @SuppressWarnings("unchecked") // SignerId is a raw Selector; it only ever matches certificate holders
    static Optional<X509CertificateHolder> of(Store<X509CertificateHolder> carried, SignerId signer) {
        Collection<X509CertificateHolder> matches = carried.getMatches(signer);
        return matches.stream().findFirst();
    }

    /** RFC 2253, most specific first ("CN=…,O=…"), as {@code X500Principal#getName()} writes it; Bouncy Castle would reverse it. */
    static String displayName(X500Name name) {
        try {
            return new X500Principal(name.getEncoded(ASN1Encoding.DER)).getName();
        } catch (IOException | IllegalArgumentException e) {
            return name.toString();
        }
    }

    /** Whether {@code issuer}'s key signed {@code certificate}. */
    static boolean issuedBy(X509Certificate issuer, X509Certificate certificate) {
        try {
            certificate.verify(issuer.getPublicKey(), BouncyCastle.PROVIDER);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
