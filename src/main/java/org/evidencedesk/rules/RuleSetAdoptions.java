package org.evidencedesk.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The repository of the instruments that made proposed rule sets binding at this court. */
@ApplicationScoped
public class RuleSetAdoptions {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public List<RuleSetAdoption> all() {
        return entityManager.createNamedQuery(RuleSetAdoption.ALL, RuleSetAdoption.class).getResultList();
    }

    void add(RuleSetAdoption adoption) {
        entityManager.persist(adoption);
        entityManager.flush();
    }
}
