package org.evidencedesk.shared.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table of background jobs, every node's shared view of them. Each method is a short transaction of its own,
 * never the job's: a run that fails still has its failure recorded. Taking a run is a conditional update of the
 * due time, so of several nodes whose schedulers tick at once exactly one runs it.
 */
@ApplicationScoped
public class JobLedger {

    private static final int MESSAGE_LENGTH = 2000;

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    /**
     * Records a job at start-up, due at {@code due}; a job already recorded keeps its due time unless {@code due} is
     * earlier (its time of day was set earlier, say). A run missed while every node was down stays due, and runs now.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void register(String name, Instant due) {
        ScheduledJob job = entityManager.find(ScheduledJob.class, name);
        if (job == null) {
            entityManager.persist(new ScheduledJob(name, due));
            return;
        }
        entityManager.createQuery("update ScheduledJob j set j.nextDue = :due where j.name = :name and j.nextDue > :due")
                .setParameter("due", due)
                .setParameter("name", name)
                .executeUpdate();
    }

    /** Takes the run that is due by {@code now} for this node, moving the due time on to {@code following}; false if not due or taken. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean take(String name, Instant now, Instant following, String node) {
        return entityManager.createQuery("update ScheduledJob j set j.nextDue = :following, j.lastStarted = :now, j.startedOn = :node"
                        + " where j.name = :name and j.nextDue <= :now")
                .setParameter("following", following)
                .setParameter("now", now)
                .setParameter("node", node)
                .setParameter("name", name)
                .executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(String name, Instant at) {
        entityManager.createQuery("update ScheduledJob j set j.lastSuccess = :at where j.name = :name")
                .setParameter("at", at)
                .setParameter("name", name)
                .executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(String name, Instant at, String message) {
        entityManager.createQuery("update ScheduledJob j set j.lastFailure = :at, j.lastFailureMessage = :message where j.name = :name")
                .setParameter("at", at)
                .setParameter("message", message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message)
                .setParameter("name", name)
                .executeUpdate();
    }

    @Transactional
    public List<JobRecord> all() {
        return entityManager.createQuery("select j from ScheduledJob j order by j.name", ScheduledJob.class)
                .getResultStream().map(ScheduledJob::record).toList();
    }

    @Transactional
    public Optional<JobRecord> byName(String name) {
        return Optional.ofNullable(entityManager.find(ScheduledJob.class, name)).map(ScheduledJob::record);
    }
}
