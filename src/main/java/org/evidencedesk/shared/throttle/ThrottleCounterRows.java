package org.evidencedesk.shared.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.shared.config.Database;
import org.evidencedesk.shared.config.Settings;
import org.hibernate.Session;

/**
 * The counters as rows of {@code throttle_counter} (migration V11), each hit one update in a transaction of its
 * own, so that a count never waits for, or rolls back with, the work of the request it counts. The update takes
 * the row's lock, so concurrent hits on the same key, on any node, each count.
 * <p>
 * Only the first hit of a key inserts; when two hits insert the same new key at once (two nodes, or two requests on
 * one), the second waits for the first to commit and is then counted as an update on its row, in the same
 * transaction and without an error ({@link #insertFirstHit}).
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

    private static final String INSERT = "insert into throttle_counter (counter_key, hits, last_hit_ms, expires_ms) values (?, 1, ?, ?)";
    /** SQLSTATE of a unique or primary key violation, in H2 as in the standard. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** A key can be removed ({@link #forget}) between a lost insert and the update after it; a few tries suffice. */
    private static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ThrottleCounters.Count hitInFixedWindow(String key, Duration window, Instant now) {
        return hit(HIT_IN_FIXED_WINDOW, key, now, now.plus(window));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ThrottleCounters.Count hitUntilQuiet(String key, Duration quiet, Instant now) {
        return hit(HIT_UNTIL_QUIET, key, now, now.plus(quiet));
    }

    private ThrottleCounters.Count hit(String update, String key, Instant now, Instant ends) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = entityManager.createNativeQuery(update)
                    .setParameter("now", now.toEpochMilli())
                    .setParameter("ends", ends.toEpochMilli())
                    .setParameter("key", key)
                    .executeUpdate();
            if (updated > 0) {
                return read(key).orElseThrow();
            }
            if (insertFirstHit(key, now, ends)) {
                return new ThrottleCounters.Count(1, now, ends);
            }
            // Another transaction inserted the key first, and has committed: the next update counts this hit on its row.
        }
        throw new IllegalStateException("The throttle counter " + key + " was inserted and removed " + ATTEMPTS + " times while it was hit");
    }

    /**
     * Inserts a key's first hit, or answers false when another transaction inserted the key first (having waited for it
     * to commit). Neither database reports that race as an error: PostgreSQL skips the row ({@code on conflict do
     * nothing}); H2, which has no such clause outside its PostgreSQL mode and fails every other form of the insert,
     * fails this statement alone and goes on with the transaction, and the failure is taken here, below Hibernate,
     * which would log it as an error.
     */
    private boolean insertFirstHit(String key, Instant now, Instant ends) {
        boolean postgres = settings.database() == Database.POSTGRESQL;
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(postgres ? INSERT + " on conflict (counter_key) do nothing" : INSERT)) {
                insert.setString(1, key);
                insert.setLong(2, now.toEpochMilli());
                insert.setLong(3, ends.toEpochMilli());
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (!postgres && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
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
