package org.evidencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * H2: inserts the cases without a reference, reads back the ids the identity column gave them and then
 * sets the references, as the application does after its own insert (H2 gives no portable way to take
 * an identity column's next values in advance).
 */
final class GeneratedIdCaseRows extends CaseRows {

    private final PreparedStatement insert;
    private final PreparedStatement name;

    GeneratedIdCaseRows(Connection connection, ZoneId zone) throws SQLException {
        super(zone);
        this.insert = connection.prepareStatement("insert into dispute_case (version, " + CASE_COLUMNS
                + ") values (0, " + CASE_VALUES + ")", new String[] {"id"});
        this.name = connection.prepareStatement(
                "update dispute_case set filing_reference = ?, search_text = ? where id = ?");
    }

    @Override
    long[] insert(List<SyntheticCase> batch) throws SQLException {
        for (SyntheticCase generated : batch) {
            bind(insert, generated, null);
            insert.addBatch();
        }
        insert.executeBatch();
        long[] ids = generatedIds(batch.size());
        for (int index = 0; index < ids.length; index++) {
            String reference = filingReference(batch.get(index), ids[index]);
            name.setString(1, reference);
            name.setString(2, batch.get(index).searchText(reference));
            name.setLong(3, ids[index]);
            name.addBatch();
        }
        name.executeBatch();
        return ids;
    }

    private long[] generatedIds(int count) throws SQLException {
        long[] ids = new long[count];
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int index = 0; index < count; index++) {
                if (!keys.next()) {
                    throw new SQLException("The database returned " + index + " generated ids for " + count + " cases.");
                }
                ids[index] = keys.getLong(1);
            }
        }
        return ids;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        name.close();
    }
}
