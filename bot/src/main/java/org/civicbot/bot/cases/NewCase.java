package org.civicbot.bot.cases;

import java.time.Instant;

/** What the pipeline knows when it opens a case. */
public record NewCase(
        String category,
        String topic,
        long unitId,
        String locationKind,
        String locationText,
        String locationNormalized,
        Instant openedAt,
        Instant replyDeadline) {
}
