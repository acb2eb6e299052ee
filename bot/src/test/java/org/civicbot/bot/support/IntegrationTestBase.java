package org.civicbot.bot.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test of the whole application on a random port against real PostgreSQL and Redis (see
 * {@link TestServers}). All subclasses share one application context and one fresh database, so each test
 * uses its own senders and external ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestApplicationConfiguration.class)
public abstract class IntegrationTestBase {

    @LocalServerPort
    private int port;

    /** The application under test, over real HTTP. */
    protected ApiClient api;

    @BeforeEach
    void connectApiClient() {
        api = new ApiClient(port);
    }

    @DynamicPropertySource
    static void testServers(DynamicPropertyRegistry registry) {
        String database = TestServers.freshDatabase();
        String redis = TestServers.redisUrl();
        String stream = TestServers.freshStreamKey();
        registry.add("civicbot.database.url", () -> database);
        registry.add("civicbot.database.username", () -> TestServers.POSTGRES_USER);
        registry.add("civicbot.redis.url", () -> redis);
        registry.add("civicbot.queue.stream-key", () -> stream);
    }
}
