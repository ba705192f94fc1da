package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * The certificates this installation's authorities issued that an administrator may revoke: the one place that knows
 * them. They are the leaves the issuing CAs speak for in their CRLs and OCSP answers, current and retired
 * ({@link IssuingAuthorities#issued()}). Not the issuing CAs: only the offline root signs the CRL that could revoke
 * one (RFC 5280 section 5.1.2.1, a CRL is signed by its issuer). Not the root: a trust anchor is an input to path
 * validation, not a certificate a CRL can revoke (RFC 5280 section 6.1.1 (d)).
 */
@ApplicationScoped
public class IssuedCertificates {

    @Inject
    private IssuingAuthorities authorities;

    protected IssuedCertificates() {
    }

    public IssuedCertificates(IssuingAuthorities authorities) {
        this.authorities = authorities;
    }

    /** Every leaf issued here, current and retired, each once. */
    public List<X509Certificate> all() {
        return authorities.issued().stream().distinct().toList();
    }

    /** The certificate {@code serialNumber} of {@code issuer}, if this installation issued it. */
    public Optional<X509Certificate> find(X500Principal issuer, BigInteger serialNumber) {
        return all().stream()
                .filter(certificate -> certificate.getIssuerX500Principal().equals(issuer)
                        && certificate.getSerialNumber().equals(serialNumber))
                .findFirst();
    }
}
