package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The courts cases are filed with (seeded by the migrations). */
@ApplicationScoped
public class Courts {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public List<Court> all() {
        return entityManager.createNamedQuery(Court.ALL, Court.class).getResultList();
    }

    public Optional<Court> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entityManager.find(Court.class, id));
    }

    public Optional<Court> byCode(String code) {
        return all().stream().filter(court -> court.getCode().equals(code)).findFirst();
    }
}
