package org.evidencedesk.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a certificate chains, through the certificates that came with it, to the one root the
 * verifier trusts. Revocation is not checked: the built-in PKI publishes no CRLs, and a production
 * PKI's revocation data is for the long-term validators (EU DSS) to weigh.
 */
final class TrustPath {

    private TrustPath() {
    }

    /** Why {@code leaf} does not chain to {@code root} at {@code at}, or empty if it does. */
    static Optional<String> problem(X509Certificate leaf, Collection<X509Certificate> supplied, X509Certificate root, Instant at) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(leaf);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(Set.of(new TrustAnchor(root, null)), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> candidates = new ArrayList<>(supplied);
            candidates.add(leaf);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (CertPathBuilderException e) {
            return Optional.of("no valid chain from " + leaf.getSubjectX500Principal().getName()
                    + " to the trusted root " + root.getSubjectX500Principal().getName() + " (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            return Optional.of("the chain cannot be checked (" + e.getMessage() + ")");
        }
    }
}
