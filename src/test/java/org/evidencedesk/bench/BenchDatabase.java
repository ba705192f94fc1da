package org.evidencedesk.bench;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.evidencedesk.bench.CaseBatchWriter.Totals;
import org.evidencedesk.shared.config.Database;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * An in-memory H2 database with the application's Flyway migrations, for running the generators in a
 * test: the same schema the server gets, and the application's own entities to read the rows back.
 */
final class BenchDatabase implements AutoCloseable {

    /** A fixed "now", so that two runs with one seed lay out the same dates. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneOffset.UTC);

    /** Every entity, so that Hibernate can map each association it meets. */
    private static final List<String> ENTITIES = List.of(
            "org.evidencedesk.shared.jobs.ScheduledJob", "org.evidencedesk.identity.UserAccount",
            "org.evidencedesk.burden.FactInIssue", "org.evidencedesk.burden.ShowingSupport",
            "org.evidencedesk.ruling.Ruling", "org.evidencedesk.custody.CustodyEntry",
            "org.evidencedesk.dispute.DisputeCase", "org.evidencedesk.dispute.CaseEvent",
            "org.evidencedesk.dispute.Party", "org.evidencedesk.dispute.CaseMember",
            "org.evidencedesk.dispute.Court", "org.evidencedesk.dispute.Deadline",
            "org.evidencedesk.rules.RuleSetActivation", "org.evidencedesk.rules.RuleSetAdoption",
            "org.evidencedesk.rules.RuleSetActivationChange", "org.evidencedesk.evidence.ProtectiveMeasures",
            "org.evidencedesk.evidence.EvidenceItem", "org.evidencedesk.evidence.Undertaking",
            "org.evidencedesk.disclosure.DisclosureStep", "org.evidencedesk.disclosure.DisclosureRequest",
            "org.evidencedesk.notice.Notice");

    private final String url;
    private final Settings settings;

    BenchDatabase(Path dataDirectory) {
        this.url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Properties values = new Properties();
        values.putAll(Map.of("evidencedesk.db.url", url, "evidencedesk.db.user", "sa",
                "evidencedesk.data.dir", dataDirectory.toString()));
        this.settings = Settings.resolve(new Properties(), Map.of(), values);
    }

    Settings settings() {
        return settings;
    }

    void migrate() {
        Flyway.configure(BenchDatabase.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations(DatabaseMigration.locations(Database.H2))
                .load()
                .migrate();
    }

    /** A user as the demo makes them; the generators link the demo's "counsel" to cases. */
    long addUser(String username) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("insert into app_user (version, username,"
                     + " display_name, password_hash, enabled, created_at, password_changed_at)"
                     + " values (0, ?, ?, 'not-a-hash', true, current_timestamp, current_timestamp)", new String[] {"id"})) {
            insert.setString(1, username);
            insert.setString(2, "Test " + username);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Totals generateCases(String... arguments) throws SQLException {
        return new CaseGenerator(settings, GeneratorOptions.parse(arguments), CLOCK).run();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    long count(String sql) throws SQLException {
        return (Long) rows(sql).get(0).get(0);
    }

    /** Every row of a query, each as its column values in order. */
    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getObject(column));
                }
                result.add(row);
            }
        }
        return result;
    }

    /** Reads through the application's JPA mapping, as the server does (outside a container, so no JTA). */
    <T> T read(Function<EntityManager, T> reading) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.connection.password", "")
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("hibernate.jdbc.time_zone", "UTC")
                .applySetting("jakarta.persistence.validation.mode", "none")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClassName);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory();
                 EntityManager entities = factory.createEntityManager()) {
                return reading.apply(entities);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }
}
