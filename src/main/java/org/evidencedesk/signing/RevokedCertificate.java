package org.evidencedesk.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * The record of one certificate an administrator revoked: which (issuer and serial, with its subject and fingerprint
 * so the record reads on its own once the certificate is gone from the keystore), when, why and by whom. Never
 * changed: a revocation cannot be taken back (RFC 5280 section 5.3.1 keeps certificateHold out, and so do we).
 */
@Entity
@Table(name = "certificate_revocation")
@NamedQuery(name = RevokedCertificate.BY_ISSUER_AND_SERIAL, query = "select r from RevokedCertificate r"
        + " where r.issuerKey = :issuerKey and r.serialNumber = :serialNumber")
@NamedQuery(name = RevokedCertificate.BY_ISSUER, query = "select r from RevokedCertificate r"
        + " where r.issuerKey = :issuerKey order by r.revokedAt, r.id")
@NamedQuery(name = RevokedCertificate.ALL, query = "select r from RevokedCertificate r order by r.revokedAt, r.id")
public class RevokedCertificate extends BaseEntity {

    private static final long serialVersionUID = 1L;
    static final String BY_ISSUER_AND_SERIAL = "RevokedCertificate.byIssuerAndSerial";
    static final String BY_ISSUER = "RevokedCertificate.byIssuer";
    static final String ALL = "RevokedCertificate.all";
    public static final int COMMENT_LIMIT = 1000;

    @Column(name = "issuer_dn", nullable = false, updatable = false, length = 1000)
    private String issuerDn;

    @Column(name = "issuer_key", nullable = false, updatable = false, length = 1000)
    private String issuerKey;

    @Column(name = "serial_number", nullable = false, updatable = false, precision = 50, scale = 0)
    private BigInteger serialNumber;

    @Column(name = "subject_dn", nullable = false, updatable = false, length = 1000)
    private String subjectDn;

    @Column(name = "sha256_fingerprint", nullable = false, updatable = false, length = 64)
    private String sha256Fingerprint;

    @Column(name = "revoked_at", nullable = false, updatable = false)
    private Instant revokedAt;

    @Column(name = "reason_code", nullable = false, updatable = false)
    private int reasonCode;

    @Column(name = "revoked_by", nullable = false, updatable = false, length = 64)
    private String revokedBy;

    @Column(name = "reason_comment", nullable = false, updatable = false, length = COMMENT_LIMIT)
    private String comment;

    protected RevokedCertificate() {
    }

    public RevokedCertificate(X509Certificate certificate, Instant revokedAt, RevocationReason reason, String revokedBy,
                              String comment) {
        this.issuerDn = certificate.getIssuerX500Principal().getName();
        this.issuerKey = keyOf(certificate.getIssuerX500Principal());
        this.serialNumber = certificate.getSerialNumber();
        this.subjectDn = certificate.getSubjectX500Principal().getName();
        this.sha256Fingerprint = fingerprintOf(certificate);
        this.revokedAt = revokedAt;
        this.reasonCode = reason.code();
        this.revokedBy = revokedBy;
        this.comment = comment;
    }

    /** The form an issuer's name is matched in: equal for two encodings of one name, as X500Principal.equals has it. */
    static String keyOf(X500Principal issuer) {
        return issuer.getName(X500Principal.CANONICAL);
    }

    /** The certificate's SHA-256 fingerprint, lower-case hex without separators (as {@code sha256sum} prints it). */
    public static String fingerprintOf(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(Sha256.of(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** A serial as {@code openssl x509 -noout -serial} prints it: upper-case hex in whole octets. */
    public static String serialHexOf(BigInteger serialNumber) {
        String hex = serialNumber.toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    /** What the CRLs and OCSP answers state: the port's view of this record. */
    public Revocation revocation() {
        return new Revocation(new X500Principal(issuerDn), serialNumber, revokedAt, getReason());
    }

    public RevocationReason getReason() {
        return Arrays.stream(RevocationReason.values()).filter(reason -> reason.code() == reasonCode).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown CRLReason " + reasonCode + " in revocation " + getId()));
    }

    public X500Principal getIssuer() {
        return new X500Principal(issuerDn);
    }

    public String getIssuerDn() {
        return issuerDn;
    }

    public BigInteger getSerialNumber() {
        return serialNumber;
    }

    public String getSubjectDn() {
        return subjectDn;
    }

    public String getSha256Fingerprint() {
        return sha256Fingerprint;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getComment() {
        return comment;
    }
}
