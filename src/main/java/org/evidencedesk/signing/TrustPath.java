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
import java.util.stream.Collectors;
import org.evidencedesk.shared.Phrase;

/**
 * Whether a certificate chains, through the certificates that came with it, to a root the verifier
 * trusts: this installation's, or the anchors configured for an external time-stamping authority. Revocation is not checked: the built-in PKI publishes no CRLs, and a production
 * PKI's revocation data is for the long-term validators (EU DSS) to weigh.
 */
final class TrustPath {

    private TrustPath() {
    }

    /** Why {@code leaf} does not chain to {@code root} at {@code at}, or empty if it does. */
    static Optional<Phrase> problem(X509Certificate leaf, Collection<X509Certificate> supplied, X509Certificate root, Instant at) {
        return problem(leaf, supplied, Set.of(root), at);
    }

    /** Why {@code leaf} does not chain to any of {@code roots} at {@code at}, or empty if it does. */
    static Optional<Phrase> problem(X509Certificate leaf, Collection<X509Certificate> supplied, Set<X509Certificate> roots, Instant at) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(leaf);
            Set<TrustAnchor> anchors = roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> candidates = new ArrayList<>(supplied);
            candidates.add(leaf);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (CertPathBuilderException e) {
            return Optional.of(SigningProblem.UNTRUSTED_CHAIN.with(leaf.getSubjectX500Principal().getName(), names(roots),
                    String.valueOf(e.getMessage())));
        } catch (GeneralSecurityException e) {
            return Optional.of(SigningProblem.CHAIN_UNCHECKABLE.with(String.valueOf(e.getMessage())));
        }
    }

    /** The roots' names, sorted: one name as it is, several as "A or B or C" in the reader's language. */
    private static Object names(Set<X509Certificate> roots) {
        List<String> names = roots.stream().map(root -> root.getSubjectX500Principal().getName()).sorted().toList();
        Object either = names.get(0);
        for (String next : names.subList(1, names.size())) {
            either = SigningProblem.EITHER.with(either, next);
        }
        return either;
    }
}
