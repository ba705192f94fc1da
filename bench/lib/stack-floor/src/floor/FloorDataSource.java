package floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** An H2 database in memory, through Payara's pool, as the application's own data source is declared. */
@DataSourceDefinition(
        name = "java:app/jdbc/floor",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:floor;DB_CLOSE_DELAY=-1",
        user = "sa",
        password = "",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class FloorDataSource {
}
