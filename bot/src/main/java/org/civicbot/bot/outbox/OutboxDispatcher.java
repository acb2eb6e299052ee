package org.civicbot.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.ReplySender;
import org.civicbot.connectors.retry.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox replies through their channel. A failed send is tried again after a pause that grows with each
 * attempt, with jitter, and is never shorter than what the platform asked for (Retry-After, rate-limit reset). Each reply is sent while its row is locked, so two instances
 * never send it at the same time; it is marked SENT in the same transaction. A crash between the platform's
 * acceptance and the commit sends it again (at least once); the reply key lets the platform, and the
 * simulator, recognise the repeat.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final Map<Channel, ReplySender> senders = new EnumMap<>(Channel.class);
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CivicbotProperties.Outbox settings;
    private final Backoff backoff;

    public OutboxDispatcher(OutboxRepository outbox, List<ReplySender> senders, TransactionTemplate transactions,
                            Clock clock, CivicbotProperties properties) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.transactions = transactions;
        this.clock = clock;
        this.settings = properties.outbox();
        this.backoff = Backoff.of(settings.firstRetryAfter(), settings.longestRetryPause());
    }

    /** Sends this reply now, unless it is already sent, given up on, or being sent elsewhere. */
    public void send(long replyId) {
        transactions.executeWithoutResult(status -> outbox.lockPending(replyId).ifPresent(this::attempt));
    }

    /** Sends every reply whose (next) attempt is due; run periodically. */
    public void sendDue() {
        List<Long> due;
        do {
            due = outbox.findDue(clock.instant(), BATCH);
            due.forEach(this::send);
        } while (due.size() == BATCH);
    }

    private void attempt(Reply reply) {
        Instant now = clock.instant();
        ReplySender sender = Channel.fromId(reply.channel()).map(senders::get).orElse(null);
        if (sender == null) {
            giveUp(reply, "No sender is configured for channel '" + reply.channel() + "'", now);
            return;
        }
        try {
            DeliveryReceipt receipt = sender.send(new OutboundReply(sender.channel(), reply.replyKey(),
                    reply.threadId(), reply.recipientRef(), reply.text(), reply.citizenWroteAt(), false));
            outbox.markSent(reply.id(), receipt.platformMessageId(), now);
        } catch (DeliveryException e) {
            if (e.retryable()) {
                retryLater(reply, e.getMessage(), e.retryAfter(), now);
            } else {
                giveUp(reply, e.getMessage(), now);
            }
        } catch (RuntimeException e) {
            retryLater(reply, e.toString(), null, now);
        }
    }

    private void retryLater(Reply reply, String error, Duration retryAfter, Instant now) {
        int attemptsSoFar = reply.attempts() + 1;
        if (attemptsSoFar >= settings.maxAttempts()) {
            giveUp(reply, error, now);
            return;
        }
        Duration pause = backoff.pause(attemptsSoFar, retryAfter);
        log.warn("Reply {} ({}) failed on attempt {}; retrying in {}: {}", reply.id(), reply.channel(),
                attemptsSoFar, pause, error);
        outbox.markAttemptFailed(reply.id(), error, ReplyState.PENDING, now.plus(pause));
    }

    private void giveUp(Reply reply, String error, Instant now) {
        log.error("Reply {} ({}) failed for good after {} attempt(s): {}", reply.id(), reply.channel(),
                reply.attempts() + 1, error);
        outbox.markAttemptFailed(reply.id(), error, ReplyState.FAILED, now);
    }
}
