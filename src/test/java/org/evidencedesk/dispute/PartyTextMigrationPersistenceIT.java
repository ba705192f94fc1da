package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidencedesk.shared.config.Database;
import org.evidencedesk.shared.persistence.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V28 on a court's database that already holds cases: the migration fills each case's {@code party_text} from its party
 * rows, exactly as {@link DisputeCase#partyTextOf} keeps it for cases written afterwards (names in order, lower case,
 * one per line), so that the party search finds old and new cases alike. The database is one of its own, migrated to
 * V27, given cases as a court's would hold them, then migrated to the end: a fresh H2 in memory, or a fresh PostgreSQL
 * database beside the one the persistence tests use ({@code -Ppostgres}), dropped afterwards.
 */
class PartyTextMigrationPersistenceIT {

    private static final String IT_DB_URL = System.getProperty("it.db.url", "jdbc:h2:");
    private static final Map<String, List<String>> PARTIES_BY_TITLE = new LinkedHashMap<>();

    static {
        PARTIES_BY_TITLE.put("Listing photographs", List.of("Acme Trading Co., Ltd.", "深圳某某科技有限公司", "ÄÖ Handels GmbH"));
        PARTIES_BY_TITLE.put("Checkout patent", List.of("杭州云商网络有限公司", "Zhang SAN"));
        PARTIES_BY_TITLE.put("No party yet", List.of());
    }

    private Database database;
    private String url;
    private String user;
    private String ownDatabase;

    @BeforeEach
    void aDatabaseOfItsOwn() throws SQLException {
        database = Database.of(IT_DB_URL);
        if (database == Database.POSTGRESQL) {
            user = System.getProperty("it.db.user", "postgres");
            ownDatabase = "evidencedesk_it_v28_" + UUID.randomUUID().toString().substring(0, 8);
            execute(serverUrl("postgres"), "create database " + ownDatabase);
            url = serverUrl(ownDatabase);
        } else {
            user = "sa";
            url = "jdbc:h2:mem:v28-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
    }

    @AfterEach
    void dropIt() throws SQLException {
        if (ownDatabase != null) {
            execute(serverUrl("postgres"), "drop database if exists " + ownDatabase);
        } else {
            execute(url, "shutdown");
        }
    }

    @Test
    void theCasesAlreadyThereGetTheirPartiesNamesAsTheApplicationWritesThem() throws SQLException {
        migrate("27");
        Map<Long, List<String>> namesByCase = new LinkedHashMap<>();
        try (Connection connection = connect()) {
            for (Map.Entry<String, List<String>> entry : PARTIES_BY_TITLE.entrySet()) {
                namesByCase.put(insertCase(connection, entry.getKey(), entry.getValue()), entry.getValue());
            }
        }

        migrate("latest");

        try (Connection connection = connect();
             PreparedStatement read = connection.prepareStatement("select party_text from dispute_case where id = ?")) {
            for (Map.Entry<Long, List<String>> entry : namesByCase.entrySet()) {
                read.setLong(1, entry.getKey());
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).as("case with %s", entry.getValue())
                            .isEqualTo(DisputeCase.partyTextOf(entry.getValue()));
                }
            }
        }
    }

    private void migrate(String target) {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(url, user, "")
                .locations(DatabaseMigration.locations(database))
                .target(target)
                .load()
                .migrate();
    }

    /** A submitted case as V2 to V27 keep it, with its parties in the reverse of their positions: the fill orders them. */
    private static long insertCase(Connection connection, String title, List<String> names) throws SQLException {
        long caseId;
        try (PreparedStatement insert = connection.prepareStatement("insert into dispute_case (version, court_id, title,"
                + " ip_type, technology_area, claims, relief, status, filed_at, search_text)"
                + " select 0, min(id), ?, 'PATENT', 'PAYMENTS', 'claims', 'relief', 'SUBMITTED', current_timestamp, ? from court",
                new String[] {"id"})) {
            insert.setString(1, title);
            insert.setString(2, title.toLowerCase());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                caseId = keys.getLong(1);
            }
        }
        try (PreparedStatement party = connection.prepareStatement("insert into case_party (case_id, side, kind, name,"
                + " domiciled_in_china, position) values (?, ?, ?, ?, true, ?)")) {
            for (int position = names.size() - 1; position >= 0; position--) {
                party.setLong(1, caseId);
                PartyKind kind = position == 0 ? PartyKind.RIGHTS_HOLDER : PartyKind.MERCHANT;
                party.setString(2, kind.side().name());
                party.setString(3, kind.name());
                party.setString(4, names.get(position));
                party.setInt(5, position);
                party.executeUpdate();
            }
        }
        return caseId;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** The JDBC address of {@code name} on the PostgreSQL server the persistence tests use. */
    private static String serverUrl(String name) {
        return IT_DB_URL.substring(0, IT_DB_URL.lastIndexOf('/') + 1) + name;
    }

    private void execute(String target, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
