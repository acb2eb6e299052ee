package org.civicbot.bot.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time every part of civicbot reads during a month simulation: it stands still until the simulation moves it,
 * so a month passes in minutes and the same seed gives the same month.
 */
public final class SimulatedClock extends Clock {

    private volatile Instant now;

    public SimulatedClock(Instant start) {
        this.now = start;
    }

    /** Moves time to {@code instant}; never backwards, which would make deadlines and the record disagree. */
    public void set(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("simulated time cannot go back from " + now + " to " + instant);
        }
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("civicbot works in UTC instants");
    }
}
