package org.civicbot.bot.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.message.MessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Re-queues every stored message that is still undecided long after it was queued: Redis was flushed or
 * restarted, the enqueue after commit failed, or the process died in between. PostgreSQL is the record, so
 * this is what makes "no accepted message is lost" true.
 */
@Component
public class Sweeper {

    private static final Logger log = LoggerFactory.getLogger(Sweeper.class);
    private static final int BATCH = 500;

    private final MessageRepository messages;
    private final InboundQueue queue;
    private final Clock clock;
    private final Duration requeueAfter;

    public Sweeper(MessageRepository messages, InboundQueue queue, Clock clock, CivicbotProperties properties) {
        this.messages = messages;
        this.queue = queue;
        this.clock = clock;
        this.requeueAfter = properties.queue().requeueAfter();
    }

    /** @return how many messages were queued again */
    public int sweep() {
        int requeued = 0;
        List<Long> stale;
        do {
            Instant now = clock.instant();
            stale = messages.findUnfinishedQueuedBefore(now.minus(requeueAfter), BATCH);
            for (long id : stale) {
                queue.enqueue(id);
                messages.markEnqueued(id, now);
            }
            requeued += stale.size();
        } while (stale.size() == BATCH);
        if (requeued > 0) {
            log.info("Re-queued {} undecided message(s)", requeued);
        }
        return requeued;
    }
}
