package org.evidencedesk.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Its values are system properties that {@code ./run} resolves from
 * {@code config/} and the environment (the Arquillian container passes them on its command line);
 * Payara substitutes {@code ${...}} at deployment.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${evidencedesk.db.datasource-class}",
        url = "${evidencedesk.db.url}",
        user = "${evidencedesk.db.user}",
        password = "${evidencedesk.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/evidencedesk";
}
