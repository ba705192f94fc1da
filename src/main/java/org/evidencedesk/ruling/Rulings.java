package org.evidencedesk.ruling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The rulings issued, as stored: found by id or by case. {@link RulingIssuance} adds them. */
@ApplicationScoped
public class Rulings {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    /** Stores a ruling just issued, with its id assigned, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Ruling ruling) {
        entityManager.persist(ruling);
        entityManager.flush();
    }

    public Optional<Ruling> byId(long id) {
        return Optional.ofNullable(entityManager.find(Ruling.class, id));
    }

    public List<Ruling> ofCase(long caseId) {
        return entityManager.createQuery("select r from Ruling r where r.caseId = :caseId order by r.decidedAt, r.id",
                        Ruling.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }
}
