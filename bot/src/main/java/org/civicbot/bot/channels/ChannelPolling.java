package org.civicbot.bot.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.ingest.MessageRejectedException;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.polling.MessagePoller;
import org.civicbot.connectors.polling.PollResult;
import org.civicbot.connectors.retry.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls every channel account that is read by polling (X mentions, Facebook comments as a fallback), one
 * instance per account at a time (a {@link PollingLease}). A poll's messages are stored before its cursor, so
 * a crash between the two re-reads them and ingest drops the repeats. A failed poll is tried again after a
 * jittered, growing pause that honours the platform's retry-after; one failing platform never holds up the
 * others.
 */
@Component
public class ChannelPolling {

    private static final Logger log = LoggerFactory.getLogger(ChannelPolling.class);

    private final List<MessagePoller> pollers;
    private final PollingLease lease;
    private final ChannelCursors cursors;
    private final IngestService ingest;
    private final Clock clock;
    private final Duration leaseLength;
    private final Backoff backoff;
    private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

    ChannelPolling(List<MessagePoller> pollers, PollingLease lease, ChannelCursors cursors, IngestService ingest,
                   Clock clock, CivicbotProperties properties) {
        this.pollers = List.copyOf(pollers);
        this.lease = lease;
        this.cursors = cursors;
        this.ingest = ingest;
        this.clock = clock;
        CivicbotProperties.Polling settings = properties.channels().polling();
        this.leaseLength = settings.lease();
        this.backoff = Backoff.of(settings.firstRetry(), settings.longestRetry());
    }

    /** How one account's polling stands, as health shows it. */
    public record Schedule(Instant nextPollAt, int failures, String lastError, Instant lastPolledAt,
                           int lastMessages) {
        static Schedule first() {
            return new Schedule(Instant.MIN, 0, null, null, 0);
        }
    }

    /**
     * Polls every account that is due and whose lease this instance holds; run every second or so. One call at a
     * time: the lease keeps other instances out, this keeps a second thread of this instance out.
     */
    public synchronized void pollDue() {
        Instant now = clock.instant();
        for (MessagePoller poller : pollers) {
            String key = key(poller);
            Schedule schedule = schedules.getOrDefault(key, Schedule.first());
            if (now.isBefore(schedule.nextPollAt())) {
                continue;
            }
            if (!lease.hold("civicbot:poll-lease:" + key, leaseLength)) {
                continue;
            }
            schedules.put(key, pollOnce(poller, schedule, now));
        }
    }

    private Schedule pollOnce(MessagePoller poller, Schedule schedule, Instant now) {
        String channel = poller.channel().id();
        try {
            String cursor = cursors.find(channel, poller.account()).orElse(null);
            PollResult result = poller.poll(cursor);
            int stored = 0;
            for (InboundMessage message : result.messages()) {
                stored += store(message) ? 1 : 0;
            }
            if (result.nextCursor() != null && !result.nextCursor().equals(cursor)) {
                cursors.save(channel, poller.account(), result.nextCursor(), clock.instant());
            }
            return new Schedule(now.plus(poller.interval()), 0, null, now, stored);
        } catch (PlatformException e) {
            int failures = schedule.failures() + 1;
            Duration pause = backoff.pause(failures, e.retryAfter());
            log.warn("Polling {} account {} failed ({}{}); next try in {}", channel, poller.account(),
                    e.retryable() ? "" : "not retryable: ", e.getMessage(), pause);
            return new Schedule(now.plus(pause), failures, e.getMessage(), schedule.lastPolledAt(), 0);
        } catch (RuntimeException e) {
            // Storage away: the cursor was not moved, so the same messages are read again next time.
            int failures = schedule.failures() + 1;
            Duration pause = backoff.pause(failures, null);
            log.warn("Polling {} account {} could not store what it read; next try in {}: {}", channel,
                    poller.account(), pause, e.toString());
            return new Schedule(now.plus(pause), failures, e.toString(), schedule.lastPolledAt(), 0);
        }
    }

    /** Stores one polled message; one the bot cannot take is logged and skipped, not retried forever. */
    private boolean store(InboundMessage message) {
        try {
            return !ingest.accept(message).duplicate();
        } catch (MessageRejectedException e) {
            log.warn("Skipped polled {} message {}: {}", message.channel().id(), message.externalId(), e.getMessage());
            return false;
        }
    }

    /** Every polled account and how it stands, for health. */
    public Map<String, Schedule> schedules() {
        Map<String, Schedule> all = new LinkedHashMap<>();
        pollers.forEach(p -> all.put(key(p), schedules.getOrDefault(key(p), Schedule.first())));
        return all;
    }

    private static String key(MessagePoller poller) {
        return poller.channel().id() + ":" + poller.account();
    }
}
