package org.evidencedesk.signing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencedesk.custody.revocation.CertificateRevocation;
import org.evidencedesk.custody.revocation.CertificateRevoked;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.AuthorityRole;
import org.evidencedesk.signing.EarliestExpiry;
import org.evidencedesk.signing.IssuedCertificates;
import org.evidencedesk.signing.IssuingAuthorities;
import org.evidencedesk.signing.IssuingAuthority;
import org.evidencedesk.signing.RevocationReason;
import org.evidencedesk.signing.RevokedCertificate;
import org.evidencedesk.signing.RevokedCertificates;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.PageMessages;

/**
 * Administration › Keys: the certificates this installation signs and timestamps with, each with its status, the
 * earliest expiry among them, and the administrator's revocation of one (the service checks the actor again).
 */
@Named
@RequestScoped
public class KeysPage {

    /** What an administrator checks of a certificate, and its revocation if it was revoked. */
    public record CertificateFacts(String purposeKey, String subject, String issuer, String serial, Instant notBefore,
                                   Instant notAfter, String sha256Fingerprint, boolean expired,
                                   RevokedCertificate revocation) {

        public boolean revoked() {
            return revocation != null;
        }
    }

    /** A certificate the administrator may still revoke, as the form offers it. */
    public record Revocable(String fingerprint, String label) {
    }

    @Inject
    private SigningKeys keys;

    @Inject
    private IssuingAuthorities authorities;

    @Inject
    private IssuedCertificates issued;

    @Inject
    private RevokedCertificates revokedCertificates;

    @Inject
    private CertificateRevocation revocation;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private Clock clock;

    private List<CertificateFacts> certificates;
    private List<Revocable> revocable;
    private EarliestExpiry earliestExpiry;
    private long daysLeft;

    private String certificate;
    private RevocationReason reason;
    private String comment;
    private boolean confirmed;

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        Map<String, RevokedCertificate> revoked = revokedCertificates.all().stream()
                .collect(Collectors.toMap(RevokedCertificate::getSha256Fingerprint, Function.identity(), (a, b) -> a));
        List<CertificateFacts> all = new ArrayList<>();
        all.add(facts("keys.root", keys.rootCertificate(), revoked, now));
        for (IssuingAuthority authority : authorities.authorities()) {
            all.add(facts(authority.role() == AuthorityRole.DOCUMENT_SIGNING ? "keys.documentSigningCa" : "keys.timestampingCa",
                    authority.certificate(), revoked, now));
        }
        all.add(facts("keys.timestamping", keys.timestamping().certificate(), revoked, now));
        all.add(facts("keys.publicTimestamping", keys.publicTimestamping().certificate(), revoked, now));
        all.add(facts("keys.signing", keys.signing().certificate(), revoked, now));
        certificates = List.copyOf(all);
        revocable = issued.all().stream()
                .filter(candidate -> !revoked.containsKey(RevokedCertificate.fingerprintOf(candidate)))
                .map(candidate -> new Revocable(RevokedCertificate.fingerprintOf(candidate),
                        candidate.getSubjectX500Principal().getName() + " · "
                                + RevokedCertificate.serialHexOf(candidate.getSerialNumber())))
                .toList();
        earliestExpiry = EarliestExpiry.of(keys);
        daysLeft = earliestExpiry.daysLeft(now);
    }

    private static CertificateFacts facts(String purposeKey, X509Certificate certificate,
                                          Map<String, RevokedCertificate> revoked, Instant now) {
        try {
            String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(Sha256.of(certificate.getEncoded()));
            return new CertificateFacts(purposeKey, certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(),
                    RevokedCertificate.serialHexOf(certificate.getSerialNumber()), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(), fingerprint, certificate.getNotAfter().toInstant().isBefore(now),
                    revoked.get(RevokedCertificate.fingerprintOf(certificate)));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot read certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** Revokes the chosen certificate once the administrator has confirmed, then shows the page again (redirect after POST). */
    public String revoke() {
        if (!confirmed) {
            messages.error("revocation.confirmRequired");
            return null;
        }
        Optional<X509Certificate> chosen = issued.all().stream()
                .filter(candidate -> RevokedCertificate.fingerprintOf(candidate).equals(certificate))
                .findFirst();
        if (chosen.isEmpty() || reason == null) {
            messages.error(chosen.isEmpty() ? "revocation.certificateRequired" : "revocation.reasonRequired");
            return null;
        }
        X509Certificate target = chosen.get();
        CertificateRevoked[] done = new CertificateRevoked[1];
        if (!messages.attempt(() -> done[0] = revocation.revoke(target.getIssuerX500Principal(),
                target.getSerialNumber(), reason, comment, currentUser.getUsername()))) {
            return null;
        }
        messages.info("revocation.done", done[0].revocation().getSubjectDn(),
                RevokedCertificate.serialHexOf(done[0].revocation().getSerialNumber()), done[0].casesRecorded());
        messages.keepForRedirect();
        return "/admin/keys?faces-redirect=true";
    }

    public List<CertificateFacts> getCertificates() {
        return certificates;
    }

    public List<Revocable> getRevocable() {
        return revocable;
    }

    public List<RevocationReason> getReasons() {
        return List.of(RevocationReason.values());
    }

    public EarliestExpiry getEarliestExpiry() {
        return earliestExpiry;
    }

    public long getDaysLeft() {
        return daysLeft;
    }

    public String getCertificate() { return certificate; }
    public void setCertificate(String certificate) { this.certificate = certificate; }
    public RevocationReason getReason() { return reason; }
    public void setReason(RevocationReason reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
