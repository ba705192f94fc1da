package org.evidencedesk.signing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.evidencedesk.signing.AuthorityRole;
import org.evidencedesk.signing.IssuingAuthorities;
import org.evidencedesk.signing.IssuingAuthority;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.shared.Sha256;

/** Administration › Keys: the certificates this installation signs and timestamps with. */
@Named
@RequestScoped
public class KeysPage {

    /** What an administrator checks of a certificate. */
    public record CertificateFacts(String purposeKey, String subject, String issuer, Instant notBefore, Instant notAfter,
                                   String sha256Fingerprint) {
    }

    @Inject
    private SigningKeys keys;

    @Inject
    private IssuingAuthorities authorities;

    private List<CertificateFacts> certificates;

    @PostConstruct
    void load() {
        List<CertificateFacts> all = new ArrayList<>();
        all.add(facts("keys.root", keys.rootCertificate()));
        for (IssuingAuthority authority : authorities.authorities()) {
            all.add(facts(authority.role() == AuthorityRole.DOCUMENT_SIGNING ? "keys.documentSigningCa" : "keys.timestampingCa",
                    authority.certificate()));
        }
        all.add(facts("keys.timestamping", keys.timestamping().certificate()));
        all.add(facts("keys.publicTimestamping", keys.publicTimestamping().certificate()));
        all.add(facts("keys.signing", keys.signing().certificate()));
        certificates = List.copyOf(all);
    }

    private static CertificateFacts facts(String purposeKey, X509Certificate certificate) {
        try {
            String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(Sha256.of(certificate.getEncoded()));
            return new CertificateFacts(purposeKey, certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(), fingerprint);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot read certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    public List<CertificateFacts> getCertificates() {
        return certificates;
    }
}
