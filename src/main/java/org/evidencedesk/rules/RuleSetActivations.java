package org.evidencedesk.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The repository of administrators' switches of proposed rule sets and of their history. */
@ApplicationScoped
public class RuleSetActivations {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Map<String, RuleSetActivation> byKey() {
        return entityManager.createNamedQuery(RuleSetActivation.ALL, RuleSetActivation.class).getResultStream()
                .collect(Collectors.toMap(RuleSetActivation::getRuleKey, Function.identity()));
    }

    public Optional<RuleSetActivation> of(String key) {
        return entityManager.createNamedQuery(RuleSetActivation.BY_KEY, RuleSetActivation.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public List<RuleSetActivationChange> history(String key) {
        return entityManager.createNamedQuery(RuleSetActivationChange.OF_KEY, RuleSetActivationChange.class)
                .setParameter("key", key)
                .getResultList();
    }

    void add(RuleSetActivation activation) {
        entityManager.persist(activation);
    }

    void record(RuleSetActivationChange change) {
        entityManager.persist(change);
    }
}
