package org.civicbot.connectors.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads how long a platform wants us to wait: the HTTP {@code Retry-After} header (RFC 9110: seconds or an
 * HTTP date) and rate-limit reset times given as epoch seconds (X's {@code x-rate-limit-reset}). Unreadable
 * values count as "not said" (null), never as an error: the backoff then decides alone.
 */
public final class RetryAfter {

    /** Longest wait we take from a platform; a bogus header must not park a channel for days. */
    public static final Duration LONGEST = Duration.ofHours(1);

    private RetryAfter() {
    }

    /** A {@code Retry-After} value, or null when absent or unreadable. */
    public static Duration fromHeader(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return capped(Duration.ofSeconds(Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return capped(Duration.between(clock.instant(), at));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The wait until a reset given in epoch seconds, or null when absent or unreadable. */
    public static Duration untilEpochSeconds(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return capped(Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(value.trim()))));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static Duration capped(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
