package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The repository of accepted confidentiality undertakings. */
@ApplicationScoped
public class Undertakings {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Optional<Undertaking> of(long measuresId, String username) {
        return entityManager.createQuery("select u from Undertaking u where u.measuresId = :measures"
                        + " and u.username = :username", Undertaking.class)
                .setParameter("measures", measuresId)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }


    void add(Undertaking undertaking) {
        entityManager.persist(undertaking);
        entityManager.flush();
    }
}
