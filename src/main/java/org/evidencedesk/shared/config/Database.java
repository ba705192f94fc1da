package org.evidencedesk.shared.config;

import java.util.Arrays;
import java.util.Locale;

/** The databases Evidence Desk runs on, recognised by their JDBC URL. */
public enum Database {
    H2("jdbc:h2:", "org.h2.jdbcx.JdbcDataSource"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    private final String urlPrefix;
    private final String dataSourceClass;

    Database(String urlPrefix, String dataSourceClass) {
        this.urlPrefix = urlPrefix;
        this.dataSourceClass = dataSourceClass;
    }

    public String dataSourceClass() {
        return dataSourceClass;
    }

    /** The folder of migrations only this database runs, under {@code db/vendor}. */
    public String folderName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Database of(String jdbcUrl) {
        return Arrays.stream(values())
                .filter(database -> jdbcUrl.startsWith(database.urlPrefix))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("Unknown database URL '" + jdbcUrl
                        + "' in " + Setting.DB_URL.key() + ": use jdbc:postgresql://host:port/name, or leave it empty for the embedded H2 database."));
    }
}
