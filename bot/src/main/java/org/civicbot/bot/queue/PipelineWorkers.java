package org.civicbot.bot.queue;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.outbox.OutboxDispatcher;
import org.civicbot.bot.pipeline.MessagePipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Threads that take message ids off the queue, have the pipeline decide them and send the reply. An entry is
 * acknowledged only after the decision is committed; one left unacknowledged (the worker died) is taken
 * over by a live worker once it has been idle for the configured claim time.
 */
@Component
public class PipelineWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PipelineWorkers.class);
    private static final int BATCH = 10;
    private static final int BLOCK_MILLIS = 500;
    private static final Duration CLAIM_EVERY = Duration.ofSeconds(5);
    private static final Duration BACKOFF_AFTER_ERROR = Duration.ofSeconds(1);

    private final InboundQueue queue;
    private final MessagePipeline pipeline;
    private final OutboxDispatcher outbox;
    private final Clock clock;
    private final int workerCount;
    private final String instanceId = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public PipelineWorkers(InboundQueue queue, MessagePipeline pipeline, OutboxDispatcher outbox, Clock clock,
                           CivicbotProperties properties) {
        this.queue = queue;
        this.pipeline = pipeline;
        this.outbox = outbox;
        this.clock = clock;
        this.workerCount = properties.pipeline().workers();
    }

    @Override
    public synchronized void start() {
        try {
            queue.ensureGroup();
        } catch (RuntimeException e) {
            // Ingest still stores messages while Redis is away; the workers create the group once it is back.
            log.warn("Redis is not reachable at start; pipeline workers will keep trying: {}", e.toString());
        }
        running = true;
        for (int i = 0; i < workerCount; i++) {
            String consumer = instanceId + "-" + i;
            Thread thread = new Thread(() -> work(consumer), "pipeline-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        log.info("Started {} pipeline worker(s) as {}", workerCount, instanceId);
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work(String consumer) {
        Instant nextClaim = clock.instant();
        while (running) {
            try {
                if (!clock.instant().isBefore(nextClaim)) {
                    queue.claimAbandoned(consumer, BATCH).forEach(this::handle);
                    nextClaim = clock.instant().plus(CLAIM_EVERY);
                }
                queue.readNew(consumer, BATCH, BLOCK_MILLIS).forEach(this::handle);
            } catch (RuntimeException e) {
                // Redis or PostgreSQL is away: entries stay pending and the sweeper re-queues; try again shortly.
                log.warn("Pipeline worker {} failed: {}", consumer, e.toString());
                pause();
            }
        }
    }

    private void handle(InboundQueue.Delivery delivery) {
        if (!running) {
            return;
        }
        pipeline.decide(delivery.messageId()).ifPresent(outbox::send);
        queue.acknowledge(delivery);
    }

    private static void pause() {
        try {
            Thread.sleep(BACKOFF_AFTER_ERROR.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
