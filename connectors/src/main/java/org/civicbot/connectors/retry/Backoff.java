package org.civicbot.connectors.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before trying a platform again: exponential backoff with full jitter (a random pause
 * between half the exponential step and the whole step, so many instances retrying after one outage do not
 * all call at once), capped, and never shorter than what the platform asked for with {@code Retry-After} or
 * a rate-limit reset. Used for reply sending (the outbox) and for polling.
 *
 * @param first  the step before the second attempt
 * @param max    the longest pause the exponential part grows to
 * @param random a source of numbers in [0, 1); injected so tests are repeatable
 */
public record Backoff(Duration first, Duration max, DoubleSupplier random) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, was first " + first + ", max " + max);
        }
    }

    /** The usual random source. */
    public static Backoff of(Duration first, Duration max) {
        return new Backoff(first, max, () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The pause after the given failed attempt.
     *
     * @param failedAttempts how many attempts failed so far, 1 or more
     * @param retryAfter     what the platform asked for, or null
     */
    public Duration pause(int failedAttempts, Duration retryAfter) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        long firstMillis = first.toMillis();
        long capMillis = max.toMillis();
        int doublings = Math.min(failedAttempts - 1, 30);
        long step = firstMillis > (capMillis >> doublings) ? capMillis : Math.min(capMillis, firstMillis << doublings);
        long jittered = step / 2 + (long) (random.getAsDouble() * (step - step / 2));
        Duration pause = Duration.ofMillis(Math.max(1, jittered));
        return retryAfter != null && retryAfter.compareTo(pause) > 0 ? retryAfter : pause;
    }
}
