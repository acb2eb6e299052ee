package org.civicbot.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.pipeline.MessagePipeline;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import redis.clients.jedis.JedisPooled;

/** Nothing accepted is lost and nothing is answered twice, whatever happens to Redis or the workers. */
class RecoveryTest extends IntegrationTestBase {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(5);

    @Autowired
    MessageRepository messages;
    @Autowired
    InboundQueue queue;
    @Autowired
    Sweeper sweeper;
    @Autowired
    MessagePipeline pipeline;
    @Autowired
    IngestService ingest;
    @Autowired
    MutableClock clock;
    @Autowired
    JedisPooled redis;
    @Autowired
    CivicbotProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredMessageThatNeverReachedTheQueueIsSweptInOnceItIsStale() {
        // Stored, but the enqueue after commit never happened (Redis was away, or the process died).
        long id = store("recovery-never-queued", "Gatlampan på Kungsgatan 3 är släckt");

        clock.advance(properties.queue().requeueAfter().plusSeconds(1));
        sweeper.sweep();

        assertThat(api.awaitDecided(id, DECIDED_WITHIN).get("state").asString()).isEqualTo("CASE_OPENED");
    }

    @Test
    void messagesKeepFlowingAfterRedisLosesTheStreamAndItsGroup() {
        redis.del(properties.queue().streamKey());

        long id = api.simulateAccepted("recovery-flushed", "Det är ishalka på trottoaren vid Älvgatan 5");

        assertThat(api.awaitDecided(id, DECIDED_WITHIN).get("state").asString()).isEqualTo("CASE_OPENED");
    }

    @Test
    void aMessageQueuedThreeTimesIsDecidedAndAnsweredOnce() {
        long id = ingest.accept(inbound("recovery-thrice", "Stor vattenläcka på Herrgårdsgatan 10")).messageId();
        queue.enqueue(id);
        queue.enqueue(id);

        api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(jdbc.sql("SELECT count(*) FROM reply WHERE message_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM \"case\" c JOIN message m ON m.case_id = c.id WHERE m.id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void workersRacingForTheSameMessageDecideItOnce() throws Exception {
        long id = store("recovery-race", "Klotter på skolan vid Sundsta");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Optional<Long>>> racers = IntStream.range(0, 4)
                    .<Callable<Optional<Long>>>mapToObj(i -> () -> pipeline.decide(id)).toList();
            List<Optional<Long>> replies = pool.invokeAll(racers).stream().map(RecoveryTest::get).toList();

            assertThat(replies).filteredOn(Optional::isPresent).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private long store(String sender, String text) {
        Instant now = clock.instant();
        return messages.insertIfAbsent(inbound(sender, text), "simulator-" + sender, "[]", null, now,
                now.plus(Duration.ofHours(48))).orElseThrow();
    }

    private InboundMessage inbound(String sender, String text) {
        return new InboundMessage(Channel.SIMULATOR, sender + "-" + System.nanoTime(), sender, sender, text,
                clock.instant(), List.of(), null);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
