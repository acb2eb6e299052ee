package org.civicbot.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.civicbot.bot.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/** Two application instances, as two leases on one real Redis: one polls, the other takes over when it dies. */
class PollingLeaseTest {

    private final JedisPooled redis = new JedisPooled(URI.create(TestServers.redisUrl()));
    private final String key = "civicbot:poll-lease:test:" + UUID.randomUUID();

    @AfterEach
    void close() {
        redis.del(key);
        redis.close();
    }

    @Test
    void oneInstanceHoldsTheLeaseAndRenewsItWhileTheOtherWaits() {
        PollingLease first = new PollingLease(redis);
        PollingLease second = new PollingLease(redis);

        assertThat(first.hold(key, Duration.ofMinutes(1))).isTrue();
        assertThat(second.hold(key, Duration.ofMinutes(1))).isFalse();
        assertThat(first.hold(key, Duration.ofMinutes(1))).isTrue();
        assertThat(first.holder(key)).isEqualTo(first.token());
        assertThat(redis.pttl(key)).isGreaterThan(Duration.ofSeconds(50).toMillis());
    }

    @Test
    void anotherInstanceTakesOverWhenTheHoldersLeaseRunsOut() {
        PollingLease dead = new PollingLease(redis);
        PollingLease alive = new PollingLease(redis);
        assertThat(dead.hold(key, Duration.ofMinutes(1))).isTrue();

        // The holder died and its lease ran out.
        redis.del(key);

        assertThat(alive.hold(key, Duration.ofMinutes(1))).isTrue();
        assertThat(dead.hold(key, Duration.ofMinutes(1))).isFalse();
        assertThat(alive.holder(key)).isEqualTo(alive.token());
    }
}
