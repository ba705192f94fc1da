package org.evidencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * PostgreSQL: takes the batch's ids from the identity column's sequence first, then writes each case
 * once, complete. Writing it and then setting its reference would leave a dead copy of every case row
 * behind: a table twice its size, which every scan of the benchmark would then pay for.
 */
final class ReservedIdCaseRows extends CaseRows {

    private final PreparedStatement reserve;
    private final PreparedStatement insert;

    ReservedIdCaseRows(Connection connection, ZoneId zone) throws SQLException {
        super(zone);
        this.reserve = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence('dispute_case', 'id')) from generate_series(1, ?)");
        this.insert = connection.prepareStatement("insert into dispute_case (version, " + CASE_COLUMNS
                + ", id) values (0, " + CASE_VALUES + ", ?)");
    }

    @Override
    long[] insert(List<SyntheticCase> batch) throws SQLException {
        long[] ids = reserve(batch.size());
        for (int index = 0; index < ids.length; index++) {
            SyntheticCase generated = batch.get(index);
            bind(insert, generated, filingReference(generated, ids[index]));
            insert.setLong(NEXT_PARAMETER, ids[index]);
            insert.addBatch();
        }
        insert.executeBatch();
        return ids;
    }

    private long[] reserve(int count) throws SQLException {
        long[] ids = new long[count];
        reserve.setInt(1, count);
        try (ResultSet rows = reserve.executeQuery()) {
            for (int index = 0; index < count; index++) {
                if (!rows.next()) {
                    throw new SQLException("The case id sequence gave " + index + " ids for " + count + " cases.");
                }
                ids[index] = rows.getLong(1);
            }
        }
        return ids;
    }

    @Override
    public void close() throws SQLException {
        reserve.close();
        insert.close();
    }
}
