package org.civicbot.bot.message;

import java.time.Instant;

/** A stored citizen message with what the pipeline made of it. Nullable fields are not decided yet. */
public record Message(
        long id,
        String channel,
        String externalId,
        String threadId,
        String senderRef,
        String text,
        Instant receivedAt,
        Instant replyDeadline,
        String language,
        String category,
        Double categoryConfidence,
        String topic,
        Double topicConfidence,
        String locationKind,
        String locationText,
        String locationNormalized,
        MessageState state,
        String decisionReason,
        Long caseId,
        String caseNumber,
        Instant processedAt,
        String classifierVersion) {
}
