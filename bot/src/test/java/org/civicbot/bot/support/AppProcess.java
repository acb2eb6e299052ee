package org.civicbot.bot.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicbot.bot.CivicbotApplication;

/**
 * civicbot running in a JVM of its own, so a test can kill it the hard way ({@code kill -9}) and start it
 * again on the same database and Redis.
 */
public final class AppProcess implements AutoCloseable {

    private final Map<String, String> properties;
    private final Path log;
    private final int port;
    private Process process;

    public AppProcess(Map<String, String> properties, Path log) {
        this.properties = properties;
        this.log = log;
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    /** Starts the application and waits until its health endpoint says UP. */
    public void start(Duration within) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CivicbotApplication.class.getName(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ApiClient api = new ApiClient(port);
        await().atMost(within).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("civicbot exited with " + process.exitValue() + "; see " + log);
            }
            return api.get("/actuator/health").statusCode() == 200;
        });
    }

    /** SIGKILL: no shutdown hooks, no graceful stop, exactly like {@code kill -9}. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
