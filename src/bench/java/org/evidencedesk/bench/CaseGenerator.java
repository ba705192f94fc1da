package org.evidencedesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.evidencedesk.bench.CaseBatchWriter.Totals;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.Database;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Seeds the configured database (H2 or PostgreSQL) with made-up cases for load tests:
 * {@code CaseGenerator --cases 100000 [--court-share 0.4] [--append] [--seed N] [--batch 1000]}.
 * It brings the schema up to date first, refuses a database that already holds real work unless
 * {@code --append} is given, and keeps one batch in memory at a time.
 */
public final class CaseGenerator {

    /** The demo seeds a handful of cases; more than this means someone's data, which we do not mix with made-up cases. */
    private static final int EXISTING_CASES_ALLOWED = 20;
    private static final int PROGRESS_EVERY = 10_000;
    private static final String[] ANALYSED_TABLES = {"dispute_case", "case_party", "case_member", "case_deadline", "case_event"};

    private final Settings settings;
    private final GeneratorOptions options;
    private final Clock clock;

    CaseGenerator(Settings settings, GeneratorOptions options, Clock clock) {
        this.settings = settings;
        this.options = options;
        this.clock = clock;
    }

    public static void main(String[] args) {
        try {
            new CaseGenerator(Settings.current(), GeneratorOptions.parse(args), Clock.systemUTC()).run();
        } catch (IllegalArgumentException | IllegalStateException | ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (SQLException | FlywayException e) {
            System.err.println("Case generation failed: " + firstLine(e.getMessage()));
            System.exit(1);
        }
    }

    /** Brings the schema up to date and writes the cases; answers how many rows of each kind it wrote. */
    Totals run() throws SQLException {
        migrate();
        try (Connection connection = connect()) {
            refuseIfInUse(connection);
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            Totals totals = generate(connection, started);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated %d cases, %d parties, %d deadlines, %d timeline entries, %d counsel memberships"
                            + " in %.1f s (%.0f cases/s)%n", totals.cases(), totals.parties(), totals.deadlines(),
                    totals.events(), totals.members(), seconds, totals.cases() / seconds);
            analyse(connection);
            return totals;
        }
    }

    private void migrate() {
        Flyway.configure(CaseGenerator.class.getClassLoader())
                .dataSource(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword())
                .locations(DatabaseMigration.locations(settings.database()))
                .load()
                .migrate();
    }

    private Connection connect() throws SQLException {
        return connect(settings);
    }

    /** A connection to the configured database, with batched inserts rewritten on PostgreSQL (the docket generator's too). */
    static Connection connect(Settings settings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.databaseUser());
        properties.setProperty("password", settings.databasePassword());
        if (settings.database() == Database.POSTGRESQL) {
            // Lets the driver send a batch of inserts as a few multi-row statements: several times faster.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(settings.databaseUrl(), properties);
    }

    private void refuseIfInUse(Connection connection) throws SQLException {
        long existing = single(connection, "select count(*) from dispute_case");
        if (existing > EXISTING_CASES_ALLOWED && !options.append()) {
            throw new IllegalStateException("The database at " + settings.databaseUrl() + " already has " + existing
                    + " cases; pass --append to add generated cases to them.");
        }
    }

    private Totals generate(Connection connection, long started) throws SQLException {
        CaseNumberCounters counters = CaseNumberCounters.load(connection);
        Long counselId = counselId(connection);
        SyntheticCases.Setting setting = new SyntheticCases.Setting(
                GeneratorCourts.load(connection, options.courtShare()), counters, settings.caseNumberPattern(),
                settings.timeZone(), LocalDate.now(clock.withZone(settings.timeZone())).minusDays(1), counselId != null);
        SyntheticCases cases = new SyntheticCases(setting, new SplittableRandom(options.seed()));
        Totals totals = new Totals(0, 0, 0, 0, 0);
        CaseRows caseRows = CaseRows.of(settings.database(), connection, settings.timeZone());
        try (CaseBatchWriter writer = new CaseBatchWriter(connection, caseRows, counters, counselId)) {
            while (totals.cases() < options.cases()) {
                int size = (int) Math.min(options.batchSize(), options.cases() - totals.cases());
                List<SyntheticCase> batch = new ArrayList<>(size);
                for (int index = 0; index < size; index++) {
                    batch.add(cases.next());
                }
                totals = totals.plus(writer.write(batch));
                reportProgress(totals.cases(), size, started);
            }
        }
        return totals;
    }

    private void reportProgress(long done, int lastBatch, long started) {
        if (done % PROGRESS_EVERY < lastBatch || done == options.cases()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %,d / %,d cases (%.0f cases/s)%n", done, options.cases(), done / seconds);
        }
    }

    /** The demo's claimant counsel, linked to some cases so that a counsel's list has something to show. */
    private static Long counselId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id from app_user where username = 'counsel'");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    /** Fresh planner statistics, so that the first queries after a bulk load are planned for its size. */
    private void analyse(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        boolean postgres = settings.database() == Database.POSTGRESQL;
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                for (String table : ANALYSED_TABLES) {
                    // Vacuum too: it marks the new pages all-visible, which index-only counts need.
                    statement.execute("vacuum analyze " + table);
                }
            } else {
                statement.execute("analyze");
            }
        }
        System.out.println("Statistics updated.");
    }

    /** Flyway's messages run on with a table of details; the first line says what happened. */
    private static String firstLine(String message) {
        return message == null ? "no detail given" : message.lines().findFirst().orElse("");
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
