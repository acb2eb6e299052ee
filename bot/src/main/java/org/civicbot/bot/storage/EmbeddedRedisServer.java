package org.civicbot.bot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A Redis server run from the binary shipped on the classpath, for the zero-configuration start and for tests
 * on machines without Redis. It keeps nothing on disk: PostgreSQL is the system of record and the sweeper
 * re-queues whatever Redis forgets. A server left running on the port by a killed instance is adopted:
 * reused, and shut down on close.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);

    private final RedisServer started;
    private final boolean adopted;
    private final String url;

    private EmbeddedRedisServer(RedisServer started, boolean adopted, String url) {
        this.started = started;
        this.adopted = adopted;
        this.url = url;
    }

    /** Starts a server on the port, or reuses the Redis already answering there. */
    public static EmbeddedRedisServer startOrReuse(int port) {
        String url = "redis://127.0.0.1:" + port;
        if (answers(url)) {
            log.info("Reusing the Redis already running on port {}", port);
            return new EmbeddedRedisServer(null, true, url);
        }
        return start(port, url);
    }

    private static EmbeddedRedisServer start(int port, String url) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            log.info("Started embedded Redis on port {}", port);
            return new EmbeddedRedisServer(server, false, url);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Starts a throw-away server on a free port. */
    public static EmbeddedRedisServer startTemporary() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            return start(port, "redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port for Redis: " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    /** Whether a Redis server answers PING at this URL. */
    public static boolean answers(String url) {
        URI uri = URI.create(url);
        try (Jedis jedis = new Jedis(uri.getHost(), uri.getPort(), 2_000)) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (adopted) {
            URI uri = URI.create(url);
            try (Jedis jedis = new Jedis(uri.getHost(), uri.getPort(), 2_000)) {
                jedis.shutdown();
            } catch (RuntimeException e) {
                log.warn("The adopted Redis on {} did not shut down: {}", url, e.getMessage());
            }
        }
        if (started != null) {
            try {
                started.stop();
            } catch (IOException e) {
                log.warn("Embedded Redis did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
