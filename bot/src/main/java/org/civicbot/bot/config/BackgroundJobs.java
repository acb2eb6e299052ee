package org.civicbot.bot.config;

import java.time.Duration;

import org.civicbot.bot.outbox.OutboxDispatcher;
import org.civicbot.bot.queue.Sweeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The periodic jobs that keep the promises: re-queue forgotten messages, retry unsent replies. */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final Duration OUTBOX_POLL = Duration.ofSeconds(1);

    private final Sweeper sweeper;
    private final OutboxDispatcher outbox;
    private final CivicbotProperties properties;

    BackgroundJobs(Sweeper sweeper, OutboxDispatcher outbox, CivicbotProperties properties) {
        this.sweeper = sweeper;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(guarded("sweeper", sweeper::sweep), properties.queue().sweepInterval());
        registrar.addFixedDelayTask(guarded("outbox", outbox::sendDue), OUTBOX_POLL);
    }

    /** A failed run (database or Redis away) is logged and the next run tries again. */
    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("The {} job failed; it runs again shortly: {}", name, e.toString());
            }
        };
    }
}
