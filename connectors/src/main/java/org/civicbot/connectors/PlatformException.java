package org.civicbot.connectors;

import java.time.Duration;

/**
 * A platform (Graph API, X API, Telegram Bot API, an SMS gateway) did not do what was asked. {@code retryable}
 * says whether trying again can help (rate limits, 5xx, network); {@code retryAfter} is how long the platform
 * asked us to wait, or null when it did not say.
 */
public class PlatformException extends Exception {
    private final boolean retryable;
    private final Duration retryAfter;

    public PlatformException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /**
     * The failure an HTTP status means: 408, 429 and 5xx are worth retrying, other 4xx are not (the request
     * itself is wrong, or the token is). A status of 0 or less means no answer at all (network), retryable.
     */
    public static PlatformException ofStatus(int status, Duration retryAfter, String message, Throwable cause) {
        return new PlatformException(message, isRetryableStatus(status), retryAfter, cause);
    }

    public static boolean isRetryableStatus(int status) {
        return status <= 0 || status == 408 || status == 429 || status >= 500;
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long the platform asked to wait before the next call, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
