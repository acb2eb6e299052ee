package org.civicbot.connectors;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply to send back to a citizen through the channel they used.
 *
 * @param channel        the channel to send through
 * @param replyKey       unique per intended reply; a sender that is retried after a crash passes the same key,
 *                       so platforms (and the simulator) that support idempotency keys show it once
 * @param threadId       the conversation to answer in
 * @param recipientRef   the citizen's reference on that platform
 * @param text           the reply text, plain
 * @param citizenWroteAt when the citizen last wrote in this conversation, or null when unknown; platforms with a
 *                       reply window (Facebook's 24 hours) decide from it how, or whether, they may answer
 * @param personal       the reply holds details that should not be public (a comment is then answered
 *                       privately where the platform allows it)
 */
public record OutboundReply(Channel channel, String replyKey, String threadId, String recipientRef, String text,
                            Instant citizenWroteAt, boolean personal) {
    public OutboundReply {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(replyKey, "replyKey");
        Objects.requireNonNull(recipientRef, "recipientRef");
        Objects.requireNonNull(text, "text");
    }

    /** A reply with nothing known about the conversation's timing, nothing personal in it. */
    public OutboundReply(Channel channel, String replyKey, String threadId, String recipientRef, String text) {
        this(channel, replyKey, threadId, recipientRef, text, null, false);
    }
}
