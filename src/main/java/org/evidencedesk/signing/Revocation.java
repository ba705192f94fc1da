package org.evidencedesk.signing;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate this installation's authorities revoked: which (issuer and serial), from when, and why.
 * CRLs and OCSP responses state it; signatures made before {@code revokedAt} stay valid.
 */
public record Revocation(X500Principal issuer, BigInteger serialNumber, Instant revokedAt, RevocationReason reason) {

    public Revocation {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
