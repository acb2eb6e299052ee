package org.civicbot.connectors;

import java.util.Objects;

/**
 * A reply to send back to a citizen through the channel they used.
 *
 * @param channel      the channel to send through
 * @param replyKey     unique per intended reply; a sender that is retried after a crash passes the same key,
 *                     so platforms (and the simulator) that support idempotency keys show it once
 * @param threadId     the conversation to answer in
 * @param recipientRef the citizen's reference on that platform
 * @param text         the reply text, plain
 */
public record OutboundReply(Channel channel, String replyKey, String threadId, String recipientRef, String text) {
    public OutboundReply {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(replyKey, "replyKey");
        Objects.requireNonNull(recipientRef, "recipientRef");
        Objects.requireNonNull(text, "text");
    }
}
