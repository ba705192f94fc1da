package org.evidencedesk.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain, the key's own certificate first and the root last.
 *
 * @param privateKey the key that signs
 * @param chain the certificates from the key's own to the root, never empty
 */
public record Credential(PrivateKey privateKey, List<X509Certificate> chain) {

    public Credential {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A credential needs at least its own certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Names the certificate only: the default record form would hand the private key to whatever logs it. */
    @Override
    public String toString() {
        return "Credential[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
