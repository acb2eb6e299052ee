package org.civicbot.bot.storage;

import org.civicbot.bot.queue.InboundQueue;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

/** Actuator health for Redis: it answers, and how deep the inbound queue is. */
@Component("redis")
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final JedisPooled redis;
    private final InboundQueue queue;

    RedisHealthIndicator(JedisPooled redis, InboundQueue queue) {
        super("Redis health check failed");
        this.redis = redis;
        this.queue = queue;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String pong = redis.ping();
        builder.up().withDetail("ping", pong).withDetail("queueDepth", queue.depth());
    }
}
