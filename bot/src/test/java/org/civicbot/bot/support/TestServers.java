package org.civicbot.bot.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.civicbot.bot.storage.EmbeddedPostgresServer;
import org.civicbot.bot.storage.EmbeddedRedisServer;

/**
 * The real PostgreSQL and Redis the tests talk to: the ones on the standard local ports when they answer,
 * otherwise embedded ones started once for the whole test run. Each caller gets its own fresh database,
 * so test runs never see each other's rows.
 */
public final class TestServers {

    private static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String LOCAL_REDIS = "redis://127.0.0.1:6379";
    public static final String POSTGRES_USER = "postgres";

    private static String postgresServerUrl;
    private static String redisUrl;

    private TestServers() {
    }

    /** A new, empty database on the test PostgreSQL server; its JDBC URL. */
    public static synchronized String freshDatabase() {
        String server = postgresServer();
        String name = "civicbot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(server, POSTGRES_USER, "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " at " + server, e);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    public static synchronized String redisUrl() {
        if (redisUrl == null) {
            redisUrl = EmbeddedRedisServer.answers(LOCAL_REDIS) ? LOCAL_REDIS : EmbeddedRedisServer.startTemporary().url();
        }
        return redisUrl;
    }

    /** A stream key of its own, so parallel application contexts do not take each other's work. */
    public static String freshStreamKey() {
        return "civicbot:test:" + UUID.randomUUID() + ":inbound";
    }

    private static String postgresServer() {
        if (postgresServerUrl == null) {
            postgresServerUrl = EmbeddedPostgresServer.answers(LOCAL_POSTGRES) ? LOCAL_POSTGRES
                    : EmbeddedPostgresServer.startTemporary().jdbcUrl();
        }
        return postgresServerUrl;
    }
}
