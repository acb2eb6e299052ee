package org.civicbot.bot.staff;

import java.time.Instant;

/** A staff member away from {@code startsAt} until {@code endsAt}, with who stands in meanwhile. */
public record Absence(long id, String staff, Instant startsAt, Instant endsAt, String standIn) {

    public boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
