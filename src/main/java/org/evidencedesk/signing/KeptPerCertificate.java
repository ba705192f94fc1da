package org.evidencedesk.signing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What a verification made for each certificate it met, kept for the signatures that follow, up to a limit: a hostile
 * bundle may bring a certificate of its own with every signature, and past the limit nothing more is kept. Certificates
 * are compared whole, element by element ({@link X509CertificateHolder#equals}); what is kept must be safe to share
 * between threads.
 */
final class KeptPerCertificate<V> {

    private final Map<X509CertificateHolder, V> kept = new ConcurrentHashMap<>();
    private final int limit;

    /** @param limit how many certificates' values are kept at most */
    KeptPerCertificate(int limit) {
        this.limit = limit;
    }

    /** The value kept for the certificate, or null. */
    V get(X509CertificateHolder certificate) {
        return kept.get(certificate);
    }

    /** Keeps {@code made} for the certificate unless the limit is reached or a value is kept already; returns {@code made}. */
    V keep(X509CertificateHolder certificate, V made) {
        if (kept.size() < limit) {
            kept.putIfAbsent(certificate, made);
        }
        return made;
    }

    int size() {
        return kept.size();
    }
}
