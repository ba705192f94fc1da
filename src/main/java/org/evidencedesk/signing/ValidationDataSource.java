package org.evidencedesk.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where the signing code gets the validation data it embeds: the installation's own authorities answer
 * for the certificates they issued, so a signature carries proof of its chain's status when it is made.
 * A port: the implementation lives with the authorities that know what they revoked.
 */
public interface ValidationDataSource {

    /**
     * Validation data for each certificate of {@code chain} (the signer's first, the root last): the
     * certificates, and for every one but the root, a CRL or an OCSP response issued now.
     *
     * @throws IllegalArgumentException if a certificate of the chain was not issued by an authority this source answers for
     */
    ValidationData forChain(List<X509Certificate> chain);
}
