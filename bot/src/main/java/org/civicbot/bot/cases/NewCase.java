package org.civicbot.bot.cases;

import java.time.Instant;

import org.civicbot.bot.location.StoredLocation;

/** What the pipeline knows when it opens a case. */
public record NewCase(
        String category,
        String topic,
        long unitId,
        StoredLocation location,
        Instant openedAt,
        Instant replyDeadline,
        Instant expectedResolutionAt,
        String areaCode) {
}
