package org.civicbot.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.AppProcess;
import org.civicbot.bot.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The durability promise, tested the hard way: civicbot runs in its own JVM, 500 simulator messages are
 * posted, the JVM is killed with SIGKILL while they are in flight, and a new JVM starts on the same
 * PostgreSQL and Redis. Every accepted message must reach a final state and none may get two replies.
 */
class CrashRecoveryTest {

    private static final int MESSAGES = 600;
    private static final int KILL_AFTER_ACCEPTED = 500;
    private static final String[] TEXTS = {
            "Gatlampan utanför Storgatan %d är trasig",
            "När töms soptunnorna i Våxnäs? (%d)",
            "Det är ett stort hål i cykelvägen vid Kungsgatan %d",
            "Tack för hjälpen! %d",
            "Kan någon ringa mig om grejen nummer %d"};

    @TempDir
    Path logs;

    @Test
    void killedWithMessagesInFlightThenRestartedEveryAcceptedMessageIsDecidedAndRepliedToOnce() throws Exception {
        String database = TestServers.freshDatabase();
        Map<String, String> config = Map.of(
                "civicbot.database.url", database,
                "civicbot.database.username", TestServers.POSTGRES_USER,
                "civicbot.redis.url", TestServers.redisUrl(),
                "civicbot.queue.stream-key", TestServers.freshStreamKey(),
                // Short recovery times keep the test quick; production waits 30 s before taking over.
                "civicbot.queue.claim-idle", "2s",
                "civicbot.queue.requeue-after", "3s",
                "civicbot.queue.sweep-interval", "1s",
                "civicbot.pipeline.workers", "1");
        Path log = logs.resolve("civicbot.log");
        Set<Long> accepted = ConcurrentHashMap.newKeySet();
        long unfinishedAtKill;

        try (AppProcess first = new AppProcess(config, log)) {
            first.start(Duration.ofSeconds(90));
            ApiClient api = new ApiClient(first.port());
            CountDownLatch enoughAccepted = new CountDownLatch(KILL_AFTER_ACCEPTED);
            AtomicInteger next = new AtomicInteger();
            ExecutorService posters = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                posters.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < MESSAGES) {
                        try {
                            HttpResponse<String> response = api.simulate("crash-" + (i % 50),
                                    String.format(TEXTS[i % TEXTS.length], i), "crash-" + i);
                            if (response.statusCode() == 202) {
                                accepted.add(ApiClient.json(response).get("messageId").asLong());
                                enoughAccepted.countDown();
                            }
                        } catch (RuntimeException refusedAfterKill) {
                            // The app is dead: this post was never accepted, so nothing is owed for it.
                        }
                    }
                });
            }
            assertThat(enoughAccepted.await(60, TimeUnit.SECONDS)).as("posts accepted before the kill").isTrue();
            first.killHard();
            posters.shutdown();
            assertThat(posters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        try (HikariDataSource dataSource = dataSource(database)) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            unfinishedAtKill = unfinished(jdbc);
            assertThat(unfinishedAtKill + pendingReplies(jdbc))
                    .as("messages undecided or replies unsent at the moment of the kill")
                    .isPositive();

            try (AppProcess second = new AppProcess(config, log)) {
                second.start(Duration.ofSeconds(90));
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                        .until(() -> unfinished(jdbc) == 0 && pendingReplies(jdbc) == 0);
            }

            assertThat(jdbc.sql("SELECT id FROM message").query(Long.class).set())
                    .as("every accepted message is stored").containsAll(accepted);
            assertThat(jdbc.sql("SELECT count(*) FROM message GROUP BY channel, external_id HAVING count(*) > 1")
                    .query(Long.class).list()).as("messages stored twice").isEmpty();
            assertThat(jdbc.sql("SELECT message_id FROM reply GROUP BY message_id HAVING count(*) > 1")
                    .query(Long.class).list()).as("messages with two replies").isEmpty();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM message m
                            WHERE m.state <> 'NO_ACTION'
                              AND NOT EXISTS (SELECT 1 FROM reply r WHERE r.message_id = m.id AND r.state = 'SENT')""")
                    .query(Long.class).single()).as("decided messages without a sent reply").isZero();
        }
        System.out.printf("crash test: %d accepted, %d undecided at the kill, all decided after restart%n",
                accepted.size(), unfinishedAtKill);
    }

    private static long unfinished(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM message WHERE state = 'RECEIVED'").query(Long.class).single();
    }

    private static long pendingReplies(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM reply WHERE state = 'PENDING'").query(Long.class).single();
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(TestServers.POSTGRES_USER);
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
