package com.scanport.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date from src-sql/ before anything uses JPA, and reports
 * the version the database is at. A database that cannot be reached fails the
 * deployment with one clear log line.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(name = "jdbc/scanport")
    private DataSource dataSource;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        String dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = dialectOf(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            LOG.severe("Scanport cannot connect to its database (check SCANPORT_DB_URL, SCANPORT_DB_USER, "
                    + "SCANPORT_DB_PASSWORD): " + e.getMessage());
            throw new IllegalStateException("database unreachable", e);
        }
        flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/" + dialect)
                .load();
        var result = flyway.migrate();
        LOG.info(() -> "Database schema (" + dialect + ") is at version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }

    static String dialectOf(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return "postgresql";
        }
        if (name.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Unsupported database: " + databaseProductName);
    }

    /** Asks the database which migration it is at; fails when the database is unreachable. */
    @Lock(LockType.READ)
    public String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
