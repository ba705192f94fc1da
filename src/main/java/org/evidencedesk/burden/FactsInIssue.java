package org.evidencedesk.burden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The repository of facts in issue: one by id, a case's in the order they were proposed, and adding one. */
@ApplicationScoped
public class FactsInIssue {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Optional<FactInIssue> fact(long factId) {
        return Optional.ofNullable(entityManager.find(FactInIssue.class, factId));
    }

    public List<FactInIssue> facts(long caseId) {
        return entityManager.createQuery("select f from FactInIssue f where f.disputeCase.id = :caseId order by f.id",
                        FactInIssue.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** Whether the fact exists and is one of the case's. */
    public boolean belongsTo(long factId, long caseId) {
        return fact(factId).filter(fact -> fact.getDisputeCase().getId() == caseId).isPresent();
    }

    void add(FactInIssue fact) {
        entityManager.persist(fact);
        entityManager.flush();
    }
}
