package org.evidencedesk.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.evidencedesk.shared.config.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}, which serve H2 and
 * PostgreSQL alike, plus those in {@code db/vendor/<database>} for what only one database has.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Where the migrations of a database are. The vendor folders sit outside {@code db/migration} because
     * Flyway searches a location's subfolders too: inside it, both vendors' scripts would always be found.
     */
    public static String[] locations(Database database) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + database.folderName()};
    }

    public void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(database()))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    private Database database() {
        try (Connection connection = dataSource.getConnection()) {
            return Database.of(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
