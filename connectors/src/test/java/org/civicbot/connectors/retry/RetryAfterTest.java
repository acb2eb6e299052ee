package org.civicbot.connectors.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.fromHeader("120", CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.fromHeader(" 7 ", CLOCK)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.fromHeader("Thu, 03 Dec 2026 12:01:30 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void readsRateLimitResetsInEpochSeconds() {
        long reset = NOW.plusSeconds(300).getEpochSecond();

        assertThat(RetryAfter.untilEpochSeconds(Long.toString(reset), CLOCK)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetryAfter.untilEpochSeconds(Long.toString(NOW.minusSeconds(5).getEpochSecond()), CLOCK))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void unreadableOrAbsentValuesAreNotSaid() {
        assertThat(RetryAfter.fromHeader(null, CLOCK)).isNull();
        assertThat(RetryAfter.fromHeader("soon", CLOCK)).isNull();
        assertThat(RetryAfter.untilEpochSeconds("", CLOCK)).isNull();
        assertThat(RetryAfter.untilEpochSeconds("12x", CLOCK)).isNull();
    }

    @Test
    void aBogusHugeWaitIsCappedAtAnHour() {
        assertThat(RetryAfter.fromHeader("99999999", CLOCK)).isEqualTo(RetryAfter.LONGEST);
    }
}
