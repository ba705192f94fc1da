package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * The repository of revoked certificates, and the database adapter of {@link RevocationRegistry} that the CRLs and
 * OCSP answers read. Reads run in a transaction (joined, or their own), so a CRL written by a background thread
 * gets an open entity manager.
 */
@ApplicationScoped
public class RevokedCertificates implements RevocationRegistry {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Override
    @Transactional
    public Optional<Revocation> find(X500Principal issuer, BigInteger serialNumber) {
        return record(issuer, serialNumber).map(RevokedCertificate::revocation);
    }

    @Override
    @Transactional
    public List<Revocation> revokedBy(X500Principal issuer) {
        return entityManager.createNamedQuery(RevokedCertificate.BY_ISSUER, RevokedCertificate.class)
                .setParameter("issuerKey", RevokedCertificate.keyOf(issuer))
                .getResultList().stream().map(RevokedCertificate::revocation).toList();
    }

    /** The whole record of a revocation, with who revoked and their comment. */
    @Transactional
    public Optional<RevokedCertificate> record(X500Principal issuer, BigInteger serialNumber) {
        return entityManager.createNamedQuery(RevokedCertificate.BY_ISSUER_AND_SERIAL, RevokedCertificate.class)
                .setParameter("issuerKey", RevokedCertificate.keyOf(issuer))
                .setParameter("serialNumber", serialNumber)
                .getResultStream().findFirst();
    }

    /** Every revocation, oldest first: a handful in an installation's life, so read whole. */
    @Transactional
    public List<RevokedCertificate> all() {
        return entityManager.createNamedQuery(RevokedCertificate.ALL, RevokedCertificate.class).getResultList();
    }

    /**
     * Records a revocation in the caller's transaction, written at once: a second record of the same certificate
     * breaks the unique key here, before anything else of the caller's is committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(RevokedCertificate revocation) {
        entityManager.persist(revocation);
        entityManager.flush();
    }
}
