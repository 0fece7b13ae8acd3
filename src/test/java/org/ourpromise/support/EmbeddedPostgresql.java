package org.ourpromise.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the integration tests, started once per test JVM from Maven Central's
 * binaries (no Docker, nothing to install). Each test class gets its own database.
 */
public final class EmbeddedPostgresql {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresql() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }

    /** Creates a fresh database and points Spring's datasource at it. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = freshDatabase(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** Creates (or recreates) an empty database and gives its JDBC URL (user postgres, no password). */
    public static String freshDatabase(String database) {
        var pg = server();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }
}
