package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Inserts a keyed submission in a transaction of its own, so that a duplicate key (two identical requests racing)
 * fails only that insert and {@link KeyedSubmissions} can read the winner's row. Apart from it because a transaction
 * of its own needs a call through the container.
 */
@ApplicationScoped
class KeyedSubmissionRows {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(KeyedSubmission submission) {
        entityManager.persist(submission);
        entityManager.flush();
    }
}
