package org.civicbot.connectors.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration MAX = Duration.ofMinutes(10);

    @Test
    void pausesDoubleWithEachFailureBetweenHalfAndAllOfTheStep() {
        Backoff lowest = new Backoff(FIRST, MAX, () -> 0.0);
        Backoff highest = new Backoff(FIRST, MAX, () -> 0.999_999);

        assertThat(lowest.pause(1, null)).isEqualTo(Duration.ofMillis(2_500));
        assertThat(highest.pause(1, null)).isBetween(Duration.ofMillis(4_999), FIRST);
        assertThat(lowest.pause(3, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(highest.pause(3, null)).isBetween(Duration.ofMillis(19_999), Duration.ofSeconds(20));
    }

    @Test
    void pausesStopGrowingAtTheCapEvenAfterManyFailures() {
        Backoff highest = new Backoff(FIRST, MAX, () -> 0.999_999);

        assertThat(highest.pause(12, null)).isBetween(MAX.minusMillis(1), MAX);
        assertThat(highest.pause(1_000, null)).isBetween(MAX.minusMillis(1), MAX);
    }

    @Test
    void aPlatformsRetryAfterIsHonouredWhenLongerThanTheBackoff() {
        Backoff backoff = new Backoff(FIRST, MAX, () -> 0.5);

        assertThat(backoff.pause(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.pause(1, Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(3_750));
    }

    @Test
    void jitterSpreadsInstancesThatFailedTogether() {
        Backoff backoff = Backoff.of(FIRST, MAX);

        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.pause(4, null)).distinct().count();

        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> Backoff.of(Duration.ZERO, MAX)).hasMessageContaining("0 < first <= max");
        assertThatThrownBy(() -> Backoff.of(MAX, FIRST)).hasMessageContaining("0 < first <= max");
        assertThatThrownBy(() -> Backoff.of(FIRST, MAX).pause(0, null)).hasMessageContaining("at least 1");
    }
}
