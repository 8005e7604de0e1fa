package com.scanport.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date from src-sql/ before anything uses JPA, and reports
 * the version the database is at. A database that cannot be reached fails the
 * deployment with one clear log line; so does one that has lost its schema although the
 * data directory's marker says this database was migrated before.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    /** In the data directory: "url=" and the database this directory's Scanport migrated (run-micro.sh reads it too). */
    static final String MARKER = "db-marker";

    @Resource(name = "jdbc/scanport")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "scanport.data.dir")
    private Optional<String> dataDir;

    private volatile String version;

    @PostConstruct
    void migrate() {
        String dialect;
        String url;
        try (Connection connection = dataSource.getConnection()) {
            dialect = dialectOf(connection.getMetaData().getDatabaseProductName());
            url = withoutPassword(connection.getMetaData().getURL());
        } catch (SQLException e) {
            LOG.severe("Scanport cannot connect to its database (check SCANPORT_DB_URL, SCANPORT_DB_USER, "
                    + "SCANPORT_DB_PASSWORD): " + e.getMessage());
            throw new IllegalStateException("database unreachable", e);
        }
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/" + dialect)
                .load();
        Optional<Path> marker = dataDir.map(dir -> Path.of(dir, MARKER));
        if (marker.isPresent() && flyway.info().current() == null && url.equals(migratedBefore(marker.get()))) {
            LOG.severe("Scanport refuses to start: " + marker.get() + " says the database " + url
                    + " was migrated before, but it has no Scanport schema now (deleted or replaced?); restore it,"
                    + " or delete " + marker.get() + " to start again with an empty database");
            throw new IllegalStateException("database lost");
        }
        var result = flyway.migrate();
        marker.ifPresent(file -> remember(file, url));
        MigrationInfo current = flyway.info().current();
        version = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema (" + dialect + ") is at version " + version
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }

    /** The database the marker names, or null without a marker. */
    static String migratedBefore(Path marker) {
        try {
            return Files.exists(marker)
                    ? Files.readAllLines(marker, StandardCharsets.UTF_8).stream()
                            .filter(line -> line.startsWith("url=")).map(line -> line.substring(4))
                            .findFirst().orElse(null)
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + marker, e);
        }
    }

    private static void remember(Path marker, String url) {
        if (url.equals(migratedBefore(marker))) {
            return;
        }
        try {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "# Scanport migrated this database: if it is ever gone, Scanport refuses to start.\n"
                    + "url=" + url + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
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
     * statement; fails when it does not. Cheap enough for every readiness probe.
     */
    @Lock(LockType.READ)
    public String schemaVersion() {
        // A statement, not Connection.isValid: H2 said a pooled connection was valid after the
        // database had closed itself (out of memory), and every statement failed.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            throw new IllegalStateException("the database is unreachable: " + e.getMessage(), e);
        }
        return version;
    }
}
