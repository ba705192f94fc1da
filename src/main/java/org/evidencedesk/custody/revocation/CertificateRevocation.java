package org.evidencedesk.custody.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.signing.IssuedCertificates;
import org.evidencedesk.signing.RevocationReason;
import org.evidencedesk.signing.RevokedCertificate;
import org.evidencedesk.signing.RevokedCertificates;

/**
 * An administrator revokes a certificate this installation issued. The service checks for itself that the actor is
 * an enabled administrator (a page that offered the button proves nothing), refuses a certificate issued elsewhere
 * and a second revocation of one certificate, records the revocation the issuing authority's CRLs and OCSP answers
 * will state, and writes an entry to the custody log of every case with entries made while the certificate was in
 * use (from its notBefore on): those are the cases whose receipts, time-stamps or exports it may have signed. All in
 * one transaction, so a refusal or a failure half-way changes nothing.
 */
@ApplicationScoped
public class CertificateRevocation {

    private static final Logger LOG = Logger.getLogger(CertificateRevocation.class.getName());

    @Inject
    private UserAccounts accounts;

    @Inject
    private IssuedCertificates issued;

    @Inject
    private RevokedCertificates revoked;

    @Inject
    private CustodyLog custody;

    @Inject
    private Clock clock;

    /**
     * @param issuer the issuer the certificate names
     * @param serialNumber its serial number
     * @param reason the CRLReason the authority will state (RFC 5280 section 5.3.1)
     * @param comment why, in the administrator's words: written to the custody logs, which the cases' members read
     * @param actor the username of the administrator revoking it
     */
    @Transactional
    public CertificateRevoked revoke(@NotNull X500Principal issuer, @NotNull BigInteger serialNumber,
                                     @NotNull RevocationReason reason, String comment, @NotNull String actor) {
        UserAccount administrator = administrator(actor);
        String serial = RevokedCertificate.serialHexOf(serialNumber);
        X509Certificate certificate = issued.find(issuer, serialNumber)
                .orElseThrow(() -> new BusinessException("revocation.notIssuedHere", serial));
        if (revoked.record(issuer, serialNumber).isPresent()) {
            throw new BusinessException("revocation.alreadyRevoked", certificate.getSubjectX500Principal().getName(), serial);
        }
        Instant now = clock.instant();
        RevokedCertificate revocation = new RevokedCertificate(certificate, now, reason, administrator.getUsername(),
                checkedComment(comment));
        revoked.add(revocation);
        Map<String, Object> detail = detail(revocation);
        List<Long> cases = custody.casesWithEntriesSince(certificate.getNotBefore().toInstant());
        for (long caseId : cases) {
            custody.append(caseId, administrator.getUsername(), CustodyAction.CERTIFICATE_REVOKED, null, detail);
        }
        LOG.info(() -> "Certificate " + revocation.getSubjectDn() + " (serial " + serial + ", issuer " + revocation.getIssuerDn()
                + ") revoked for " + reason + " by " + administrator.getUsername() + "; recorded in the custody logs of " + cases.size() + " case(s)");
        return new CertificateRevoked(revocation, cases.size());
    }

    private UserAccount administrator(String actor) {
        return accounts.byUsername(actor)
                .filter(account -> account.isEnabled() && account.hasRole(Role.ADMIN))
                .orElseThrow(() -> new BusinessException("revocation.administratorsOnly"));
    }

    private static String checkedComment(String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > RevokedCertificate.COMMENT_LIMIT) {
            throw new BusinessException("revocation.commentRequired", RevokedCertificate.COMMENT_LIMIT);
        }
        return text;
    }

    /** The entry's details: the certificate as a reader finds it again (subject, serial, fingerprint), when, why, by whom. */
    private static Map<String, Object> detail(RevokedCertificate revocation) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("certificate", revocation.getSubjectDn());
        detail.put("issuer", revocation.getIssuerDn());
        detail.put("serial", RevokedCertificate.serialHexOf(revocation.getSerialNumber()));
        detail.put("sha256", revocation.getSha256Fingerprint());
        detail.put("revokedAt", revocation.getRevokedAt().toString());
        detail.put("reason", revocation.getReason().name());
        detail.put("reasonCode", revocation.getReason().code());
        detail.put("revokedBy", revocation.getRevokedBy());
        detail.put("comment", revocation.getComment());
        return detail;
    }
}
