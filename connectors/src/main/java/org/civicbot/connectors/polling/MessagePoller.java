package org.civicbot.connectors.polling;

import java.time.Duration;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.PlatformException;

/**
 * A channel whose platform we ask for new messages (X mentions; Facebook comments as a fallback to the
 * webhook). The bot calls {@link #poll} on one instance at a time per {@link #account()} (it holds a Redis
 * lease), stores the cursor, and backs off after a failure as {@link org.civicbot.connectors.retry.Backoff}
 * says, honouring the platform's retry-after.
 */
public interface MessagePoller {

    Channel channel();

    /** What is polled (the account or page id); the lease and the stored cursor are per channel and account. */
    String account();

    /** How often to poll when all is well; a platform's rate limit is respected by choosing it. */
    Duration interval();

    /**
     * New messages since the cursor.
     *
     * @param cursor what the previous poll returned, or null the first time (then only recent messages)
     * @throws PlatformException when the platform refuses or fails; retryable ones are tried again later
     */
    PollResult poll(String cursor) throws PlatformException;
}
