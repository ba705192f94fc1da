package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;

/**
 * The certificates this installation's authorities issued, and so the only ones an administrator may revoke: the one
 * place that knows them, to be widened when retired leaves are kept. Today they are the certificates in the chains
 * of the signing and time-stamping credentials, less the self-signed root: a trust anchor is an input to path
 * validation, not a certificate a CRL of its own can revoke (RFC 5280 section 6.1.1 (d)).
 */
@ApplicationScoped
public class IssuedCertificates {

    @Inject
    private SigningKeys keys;

    protected IssuedCertificates() {
    }

    public IssuedCertificates(SigningKeys keys) {
        this.keys = keys;
    }

    /** Every certificate issued here, each once, the signing credential's chain first. */
    public List<X509Certificate> all() {
        Set<X509Certificate> issued = new LinkedHashSet<>();
        Stream.of(keys.signing(), keys.timestamping(), keys.publicTimestamping())
                .flatMap(credential -> credential.chain().stream())
                .filter(certificate -> !SigningKeyStore.isSelfSigned(certificate))
                .forEach(issued::add);
        return List.copyOf(issued);
    }

    /** The certificate {@code serialNumber} of {@code issuer}, if this installation issued it. */
    public Optional<X509Certificate> find(X500Principal issuer, BigInteger serialNumber) {
        return all().stream()
                .filter(certificate -> certificate.getIssuerX500Principal().equals(issuer)
                        && certificate.getSerialNumber().equals(serialNumber))
                .findFirst();
    }
}
