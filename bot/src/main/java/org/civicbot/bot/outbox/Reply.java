package org.civicbot.bot.outbox;

import java.time.Instant;

/** A row of the outbox, with when the citizen wrote the message it answers (platforms' reply windows). */
public record Reply(
        long id,
        long messageId,
        Long caseId,
        String channel,
        String threadId,
        String recipientRef,
        ReplyKind kind,
        String text,
        String replyKey,
        ReplyState state,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String platformMessageId,
        Instant citizenWroteAt) {
}
