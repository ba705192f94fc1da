package org.evidencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The running case numbers per court and year, continued from {@code case_number_counter} and written
 * back with every batch, so that a case the application accepts later never gets a generated number.
 */
final class CaseNumberCounters {

    private record Key(long courtId, int year) {
    }

    private final Map<Key, Integer> last = new HashMap<>();
    private final Set<Key> stored = new HashSet<>();
    private final Set<Key> changed = new HashSet<>();

    static CaseNumberCounters load(Connection connection) throws SQLException {
        CaseNumberCounters counters = new CaseNumberCounters();
        try (PreparedStatement query = connection.prepareStatement(
                "select court_id, counter_year, last_number from case_number_counter");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Key key = new Key(rows.getLong(1), rows.getInt(2));
                counters.last.put(key, rows.getInt(3));
                counters.stored.add(key);
            }
        }
        return counters;
    }

    int next(long courtId, int year) {
        Key key = new Key(courtId, year);
        changed.add(key);
        return last.merge(key, 1, Integer::sum);
    }

    /** Writes the counters this batch raised, in the batch's transaction. */
    void store(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update case_number_counter set last_number = ? where court_id = ? and counter_year = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into case_number_counter (last_number, court_id, counter_year) values (?, ?, ?)")) {
            for (Key key : changed) {
                PreparedStatement statement = stored.add(key) ? insert : update;
                statement.setInt(1, last.get(key));
                statement.setLong(2, key.courtId());
                statement.setInt(3, key.year());
                statement.executeUpdate();
            }
        }
        changed.clear();
    }
}
