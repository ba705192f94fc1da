package org.evidencedesk.signing;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The installation's own authorities as the source of validation data: for a chain leaf, issuing CA, root it gives
 * the three certificates, a fresh OCSP response on the leaf from its issuing CA, and the root's CRL for the CA. A
 * leaf the root issued itself (before the hierarchy, now retired) gets the root's CRL too.
 */
public final class AuthorityValidationData implements ValidationDataSource {

    private final IssuingAuthorities authorities;
    private final OcspResponder responder;
    private final AuthorityRevocationLists crls;

    public AuthorityValidationData(IssuingAuthorities authorities, OcspResponder responder, AuthorityRevocationLists crls) {
        this.authorities = authorities;
        this.responder = responder;
        this.crls = crls;
    }

    @Override
    public ValidationData forChain(List<X509Certificate> chain) {
        if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(authorities.root())) {
            throw new IllegalArgumentException("The chain does not end at this installation's root");
        }
        List<X509CRL> revocationLists = new ArrayList<>();
        List<byte[]> responses = new ArrayList<>();
        for (int i = 0; i < chain.size() - 1; i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            if (issuer.equals(authorities.root())) {
                Optional<X509CRL> rootCrl = crls.root();
                if (rootCrl.isEmpty()) {
                    throw new IllegalStateException("The root's CRL has not been published (" + KeysDirectory.ROOT_CRL_FILE
                            + " is missing in the keys folder): run ./pki root-crl");
                }
                revocationLists.add(rootCrl.get());
            } else if (authorities.of(issuer).isPresent()) {
                responses.add(responder.statusOf(certificate));
            } else {
                throw new IllegalArgumentException("No authority of this installation issued "
                        + certificate.getSubjectX500Principal().getName());
            }
        }
        return new ValidationData(chain, revocationLists, responses);
    }
}
