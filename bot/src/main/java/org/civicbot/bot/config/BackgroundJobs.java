package org.civicbot.bot.config;

import java.time.Duration;

import org.civicbot.bot.channels.ChannelPolling;
import org.civicbot.bot.classification.ActiveClassifier;
import org.civicbot.bot.classification.RetrainingService;
import org.civicbot.bot.outbox.OutboxDispatcher;
import org.civicbot.bot.queue.Sweeper;
import org.civicbot.bot.sla.SlaMonitor;
import org.civicbot.bot.wiki.ActiveWiki;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The periodic jobs: re-queue forgotten messages, retry unsent replies, poll channels that are polled, warn and
 * escalate before reply deadlines, pick up a model another instance
 * activated or a wiki change another instance made, and retrain the classifier on staff corrections (nightly by
 * default). {@code civicbot.background-jobs.enabled=false} turns them all off, for a run on a simulated clock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "civicbot.background-jobs.enabled", matchIfMissing = true)
class BackgroundJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final Duration OUTBOX_POLL = Duration.ofSeconds(1);
    /** How often to look whether a polled channel account is due; each account has its own interval. */
    private static final Duration CHANNEL_POLL_CHECK = Duration.ofSeconds(1);
    private static final Duration CLASSIFIER_REFRESH = Duration.ofMinutes(1);
    /** An editor expects a published change to reach every instance's answers in moments, not minutes. */
    private static final Duration WIKI_REFRESH = Duration.ofSeconds(10);

    private final Sweeper sweeper;
    private final OutboxDispatcher outbox;
    private final ActiveClassifier classifier;
    private final RetrainingService retraining;
    private final ActiveWiki wiki;
    private final ChannelPolling polling;
    private final SlaMonitor sla;
    private final CivicbotProperties properties;

    BackgroundJobs(Sweeper sweeper, OutboxDispatcher outbox, ActiveClassifier classifier, RetrainingService retraining,
                   ActiveWiki wiki, ChannelPolling polling, SlaMonitor sla, CivicbotProperties properties) {
        this.sweeper = sweeper;
        this.outbox = outbox;
        this.classifier = classifier;
        this.retraining = retraining;
        this.wiki = wiki;
        this.polling = polling;
        this.sla = sla;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(guarded("sweeper", sweeper::sweep), properties.queue().sweepInterval());
        registrar.addFixedDelayTask(guarded("outbox", outbox::sendDue), OUTBOX_POLL);
        registrar.addFixedDelayTask(guarded("classifier refresh", classifier::refresh), CLASSIFIER_REFRESH);
        registrar.addFixedDelayTask(guarded("wiki refresh", wiki::refresh), WIKI_REFRESH);
        registrar.addFixedDelayTask(guarded("channel polling", polling::pollDue), CHANNEL_POLL_CHECK);
        registrar.addFixedDelayTask(guarded("reply-guarantee monitor", sla::check), properties.sla().alerts().checkEvery());
        registrar.addCronTask(new CronTask(guarded("classifier retraining", retraining::retrain),
                new CronTrigger(properties.classifier().retrainCron(), properties.timeZone())));
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
