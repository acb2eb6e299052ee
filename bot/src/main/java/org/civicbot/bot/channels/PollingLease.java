package org.civicbot.bot.channels;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Makes one instance of the application the poller of an account: the lease is a Redis key holding this
 * instance's token with an expiry. The holder renews it on every poll; when the holder dies the key expires
 * and another instance takes over. Two instances polling at once would only cost API quota (messages are
 * deduplicated by their ids), so a lease, not a consensus protocol, is enough.
 */
@Component
class PollingLease {

    /** Renew only if we still hold it: compare and extend in one step. */
    private static final String RENEW = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('pexpire', KEYS[1], ARGV[2])
            end
            return 0""";

    private final JedisPooled redis;
    private final String token = UUID.randomUUID().toString();

    PollingLease(JedisPooled redis) {
        this.redis = redis;
    }

    /** Takes or renews the lease on this key; false when another instance holds it. */
    boolean hold(String key, Duration length) {
        String millis = Long.toString(length.toMillis());
        Object renewed = redis.eval(RENEW, List.of(key), List.of(token, millis));
        if (renewed instanceof Long count && count == 1) {
            return true;
        }
        return "OK".equals(redis.set(key, token, SetParams.setParams().nx().px(length.toMillis())));
    }

    /** The instance's token, as health shows the holder. */
    String token() {
        return token;
    }

    /** Who holds the lease now: a token, or null. */
    String holder(String key) {
        return redis.get(key);
    }
}
