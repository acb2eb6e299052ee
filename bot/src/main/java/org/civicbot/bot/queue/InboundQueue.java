package org.civicbot.bot.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicbot.bot.config.CivicbotProperties;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The work queue between ingest and the pipeline: a Redis Stream read by one consumer group, so each entry
 * goes to one worker and stays pending until that worker acknowledges it. An entry carries only the
 * message id; PostgreSQL holds the message.
 */
@Component
public class InboundQueue {

    private static final String MESSAGE_ID = "message";

    private final JedisPooled redis;
    private final String stream;
    private final String group;
    private final long claimIdleMillis;

    public InboundQueue(JedisPooled redis, CivicbotProperties properties) {
        this.redis = redis;
        this.stream = properties.queue().streamKey();
        this.group = properties.queue().group();
        this.claimIdleMillis = properties.queue().claimIdle().toMillis();
    }

    /** An entry handed to a worker. */
    public record Delivery(StreamEntryID entryId, long messageId) {
    }

    public void enqueue(long messageId) {
        redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of(MESSAGE_ID, Long.toString(messageId)));
    }

    /** Creates the stream and the consumer group if missing (first start, or Redis was flushed). */
    public void ensureGroup() {
        try {
            redis.xgroupCreate(stream, group, new StreamEntryID(), true);
        } catch (JedisDataException e) {
            if (!e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** New entries for this consumer, waiting up to {@code blockMillis} for some to arrive. */
    public List<Delivery> readNew(String consumer, int count, int blockMillis) {
        var result = withGroup(() -> redis.xreadGroup(group, consumer,
                XReadGroupParams.xReadGroupParams().count(count).block(blockMillis),
                Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)));
        List<Delivery> deliveries = new ArrayList<>();
        if (result != null) {
            result.forEach(streamEntries -> streamEntries.getValue().forEach(e -> deliveries.add(toDelivery(e))));
        }
        return deliveries;
    }

    /** Takes over entries that another consumer received but did not acknowledge in time (it died). */
    public List<Delivery> claimAbandoned(String consumer, int count) {
        var claimed = withGroup(() -> redis.xautoclaim(stream, group, consumer, claimIdleMillis, new StreamEntryID(),
                XAutoClaimParams.xAutoClaimParams().count(count)));
        return claimed.getValue().stream().map(InboundQueue::toDelivery).toList();
    }

    public void acknowledge(Delivery delivery) {
        redis.xack(stream, group, delivery.entryId());
        // Acknowledged entries are done; keep the stream from growing without bound.
        redis.xdel(stream, delivery.entryId());
    }

    /** Entries waiting to be read plus those read but not acknowledged. */
    public long depth() {
        return redis.exists(stream) ? redis.xlen(stream) : 0;
    }

    private <T> T withGroup(java.util.function.Supplier<T> command) {
        try {
            return command.get();
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("NOGROUP")) {
                throw e;
            }
            ensureGroup();
            return command.get();
        }
    }

    private static Delivery toDelivery(StreamEntry entry) {
        return new Delivery(entry.getID(), Long.parseLong(entry.getFields().get(MESSAGE_ID)));
    }
}
