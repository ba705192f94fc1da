package org.evidencedesk.shared.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The counters as rows of {@code throttle_counter} (migration V11), each hit one update in a transaction of its
 * own, so that a count never waits for, or rolls back with, the work of the request it counts. The update takes
 * the row's lock, so concurrent hits on the same key, on any node, each count.
 * <p>
 * Only the first hit of a key inserts; when two nodes insert the same new key at once, one of them fails on the
 * primary key and {@link JpaThrottleCounters} counts that hit again, as an update.
 */
@ApplicationScoped
public class ThrottleCounterRows {

    /** A fixed window restarts when it has ended; otherwise it keeps its end. */
    private static final String HIT_IN_FIXED_WINDOW = "update throttle_counter set"
            + " hits = case when expires_ms <= :now then 1 else hits + 1 end,"
            + " expires_ms = case when expires_ms <= :now then :ends else expires_ms end,"
            + " last_hit_ms = :now where counter_key = :key";
    /** Each hit moves the end on: the count lasts until hits stop for a while. */
    private static final String HIT_UNTIL_QUIET = "update throttle_counter set"
            + " hits = case when expires_ms <= :now then 1 else hits + 1 end,"
            + " expires_ms = :ends, last_hit_ms = :now where counter_key = :key";

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ThrottleCounters.Count hitInFixedWindow(String key, Duration window, Instant now) {
        return hit(HIT_IN_FIXED_WINDOW, key, now, now.plus(window));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ThrottleCounters.Count hitUntilQuiet(String key, Duration quiet, Instant now) {
        return hit(HIT_UNTIL_QUIET, key, now, now.plus(quiet));
    }

    private ThrottleCounters.Count hit(String update, String key, Instant now, Instant ends) {
        int updated = entityManager.createNativeQuery(update)
                .setParameter("now", now.toEpochMilli())
                .setParameter("ends", ends.toEpochMilli())
                .setParameter("key", key)
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into throttle_counter (counter_key, hits, last_hit_ms, expires_ms)"
                            + " values (:key, 1, :now, :ends)")
                    .setParameter("key", key)
                    .setParameter("now", now.toEpochMilli())
                    .setParameter("ends", ends.toEpochMilli())
                    .executeUpdate();
            return new ThrottleCounters.Count(1, now, ends);
        }
        return read(key).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ThrottleCounters.Count> current(String key, Instant now) {
        return read(key).filter(count -> count.expires().isAfter(now));
    }

    private Optional<ThrottleCounters.Count> read(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select hits, last_hit_ms, expires_ms from throttle_counter where counter_key = :key")
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new ThrottleCounters.Count(((Number) row[0]).intValue(),
                Instant.ofEpochMilli(((Number) row[1]).longValue()), Instant.ofEpochMilli(((Number) row[2]).longValue())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        entityManager.createNativeQuery("delete from throttle_counter where counter_key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeExpired(Instant now) {
        return entityManager.createNativeQuery("delete from throttle_counter where expires_ms <= :now")
                .setParameter("now", now.toEpochMilli())
                .executeUpdate();
    }
}
