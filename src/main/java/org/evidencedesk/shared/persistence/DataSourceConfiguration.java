package org.evidencedesk.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.evidencedesk.shared.config.Settings;

/**
 * The application's one data source. Its values are system properties that {@code ./run} resolves from
 * {@code config/} and the environment (the Arquillian container passes them on its command line);
 * Payara substitutes {@code ${...}} at deployment.
 * <p>
 * {@code options} is read by the PostgreSQL driver only (H2's data source has no such property and Payara
 * skips it). It makes PostgreSQL plan each execution of a prepared statement for its actual values:
 * otherwise, after five runs, it keeps one generic plan for all values, and for the case list's
 * {@code like :search} that plan is the trigram index, which for a term of one or two characters (no
 * trigram) reads the whole index and every case: 250-500 ms instead of 5-70 ms. Planning anew costs
 * a fraction of a millisecond per query.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${" + Settings.DATASOURCE_CLASS_PROPERTY + "}",
        url = "${evidencedesk.db.url}",
        user = "${evidencedesk.db.user}",
        password = "${evidencedesk.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "options=-c plan_cache_mode=force_custom_plan"})
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/evidencedesk";
}
