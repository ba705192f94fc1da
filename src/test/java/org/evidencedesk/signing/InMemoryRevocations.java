package org.evidencedesk.signing;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/** Revocations kept in memory, for tests that are not about the database that keeps them in the running application. */
public final class InMemoryRevocations implements RevocationRegistry {

    private final List<Revocation> revocations = new ArrayList<>();

    public synchronized Revocation revoke(X509Certificate certificate, Instant at, RevocationReason reason) {
        Revocation revocation = new Revocation(certificate.getIssuerX500Principal(), certificate.getSerialNumber(), at, reason);
        revocations.add(revocation);
        return revocation;
    }

    @Override
    public synchronized Optional<Revocation> find(X500Principal issuer, BigInteger serialNumber) {
        return revocations.stream().filter(revocation -> revocation.issuer().equals(issuer) && revocation.serialNumber().equals(serialNumber))
                .findFirst();
    }

    @Override
    public synchronized List<Revocation> revokedBy(X500Principal issuer) {
        return revocations.stream().filter(revocation -> revocation.issuer().equals(issuer)).toList();
    }
}
