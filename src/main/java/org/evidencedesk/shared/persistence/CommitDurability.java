package org.evidencedesk.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.evidencedesk.shared.config.Database;

/**
 * Makes sure a commit that a person is told about (a receipt for evidence) survives a crash.
 * <p>
 * PostgreSQL does so by itself: with its default {@code synchronous_commit = on} a commit returns only once its
 * WAL record is flushed. H2 does not (2.2.224, which Payara Micro ships and the server's data source loads, and
 * 2.3.232 of the build alike): by default ({@code WRITE_DELAY} 500 ms) its MVStore keeps committed
 * changes in memory and a background thread writes them up to half a second later, so a server killed in that
 * half second loses transactions whose receipts were already issued; and even when written, MVStore forces its
 * file to the disk only on a clean close or an explicit {@code CHECKPOINT SYNC}. So, on H2, {@link #configure} sets
 * {@code WRITE_DELAY 0} (each commit is written to the file before it returns, which a killed process cannot undo),
 * and {@link #forceCommitted} forces the file to the disk (which a power cut cannot undo) before a receipt is shown.
 */
@ApplicationScoped
public class CommitDurability {

    private static final Logger LOG = Logger.getLogger(CommitDurability.class.getName());
    /** Each commit written to the file before it returns; H2 applies it to the whole database. */
    public static final String H2_WRITE_EVERY_COMMIT = "SET WRITE_DELAY 0";
    /** Forces the database file to the disk. */
    public static final String H2_FORCE_TO_DISK = "CHECKPOINT SYNC";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean h2;

    /** Called once at start-up, after the schema is migrated. */
    public void configure() {
        try (Connection connection = dataSource.getConnection()) {
            h2 = Database.of(connection.getMetaData().getURL()) == Database.H2;
            if (h2) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(H2_WRITE_EVERY_COMMIT);
                }
                LOG.info("H2 writes every commit to its file before it returns (WRITE_DELAY 0)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the database's commit durability: " + e.getMessage(), e);
        }
    }

    /**
     * Forces what has been committed to the disk; call after a commit and before telling anyone it happened.
     * Nothing to do on PostgreSQL, whose commit already waited for its log to reach the disk. A failure is logged,
     * not thrown: the commit stands and is in the file (only a power cut before the disk catches up could lose it),
     * and the person is better told what was received than shown an error for it.
     */
    public void forceCommitted() {
        if (!h2) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(H2_FORCE_TO_DISK);
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The H2 database file could not be forced to the disk after a commit", e);
        }
    }
}
