package org.civicbot.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.civicbot.bot.CivicbotApplication;
import org.civicbot.bot.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command on a machine with nothing installed: no database or Redis configured, so
 * civicbot starts embedded ones, migrates, loads the demo municipality and handles a message.
 */
class ZeroConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void startsWithEmbeddedServersAndTheDemoMunicipality() throws IOException {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CivicbotApplication.class).run(
                "--server.port=0",
                "--civicbot.embedded.data-dir=" + dataDir,
                "--civicbot.embedded.postgres-port=" + freePort(),
                "--civicbot.embedded.redis-port=" + freePort())) {
            ApiClient api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());

            var health = ApiClient.json(api.get("/actuator/health"));
            long id = api.simulateAccepted("zero-config", "Gatlampan utanför Storgatan 12 är trasig");
            var message = api.awaitDecided(id, Duration.ofSeconds(5));

            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
            assertThat(message.get("caseNumber").asString()).matches("\\d{4}-000001");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
