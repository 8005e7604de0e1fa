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

    private volatile String version;

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
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/" + dialect)
                .load();
        var result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        version = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema (" + dialect + ") is at version " + version
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

    /**
     * The version this instance migrated the schema to, once the database has answered a
     * validity check; fails when it does not. Cheap enough for every readiness probe.
     */
    @Lock(LockType.READ)
    public String schemaVersion() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                throw new IllegalStateException("the database did not answer");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database is unreachable: " + e.getMessage(), e);
        }
        return version;
    }
}
