package org.evidencedesk.shared.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run in a process of its own by {@link CommitDurabilityTest}: opens an H2 file database, optionally as
 * {@link CommitDurability} configures it, and commits one row after another, printing each id once its commit has
 * returned, as a server prints a receipt. The test kills it and counts what survived.
 */
public final class H2CommitWriter {

    private H2CommitWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0];
        boolean durable = Boolean.parseBoolean(args[1]);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table receipt (id bigint primary key, payload varchar(200))");
                if (durable) {
                    statement.execute(CommitDurability.H2_WRITE_EVERY_COMMIT);
                }
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into receipt values (?, ?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "receipt " + id);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
