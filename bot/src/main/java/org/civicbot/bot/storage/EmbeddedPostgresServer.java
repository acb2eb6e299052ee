package org.civicbot.bot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped on the classpath, for the zero-configuration start and for
 * tests on machines without PostgreSQL. Its data stays in {@code dataDir} between runs. When a killed
 * instance left its server running on the port, that server is adopted: reused, and stopped on close.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";

    private final EmbeddedPostgres started;
    private final ProcessHandle adopted;
    private final String jdbcUrl;

    private EmbeddedPostgresServer(EmbeddedPostgres started, ProcessHandle adopted, String jdbcUrl) {
        this.started = started;
        this.adopted = adopted;
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts a server keeping its data in {@code dataDir}, or reuses the one already answering on the port. */
    public static EmbeddedPostgresServer startOrReuse(Path dataDir, int port) {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        if (answers(url)) {
            log.info("Reusing the embedded PostgreSQL already running on port {}", port);
            return new EmbeddedPostgresServer(null, postmaster(dataDir), url);
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The embedded default trades durability for speed; the product's data must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            log.info("Started embedded PostgreSQL on port {} with data in {}", port, dataDir.toAbsolutePath());
            return new EmbeddedPostgresServer(postgres, null, url);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port
                    + " with data in " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Starts a throw-away server on a free port with its data in a temporary directory. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new EmbeddedPostgresServer(postgres, null, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a temporary embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return USER;
    }

    /** Whether a PostgreSQL server accepts a trust-authenticated connection at this URL. */
    public static boolean answers(String jdbcUrl) {
        try (var ignored = DriverManager.getConnection(jdbcUrl + "?connectTimeout=2", USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The server process that owns {@code dataDir} (first line of its lock file), if it is ours to stop. */
    private static ProcessHandle postmaster(Path dataDir) {
        try {
            Path lockFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(lockFile)) {
                return null;
            }
            long pid = Long.parseLong(Files.readAllLines(lockFile).get(0).trim());
            return ProcessHandle.of(pid).orElse(null);
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot tell which process runs the PostgreSQL in {}; it will be left running: {}", dataDir, e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        if (adopted != null) {
            adopted.destroy();
        }
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
