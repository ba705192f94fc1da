package org.evidencedesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes up the past the demo story needs, which no use case may do: a disclosure order's deadline as if the
 * order had been made earlier. It writes past the aggregate on purpose, so it stays here, out of the area.
 */
@ApplicationScoped
public class DemoHistory {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Transactional
    public void backdateOrderDeadline(long requestId, LocalDate lastDay, Instant endsAt) {
        entityManager.createQuery("update DisclosureRequest r set r.dueOn = :day, r.dueAt = :at where r.id = :id")
                .setParameter("day", lastDay)
                .setParameter("at", endsAt)
                .setParameter("id", requestId)
                .executeUpdate();
    }
}
