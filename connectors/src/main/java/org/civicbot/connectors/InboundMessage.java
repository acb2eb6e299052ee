package org.civicbot.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One citizen message as every channel adapter delivers it, whatever the platform's own format.
 *
 * @param channel     where it came from
 * @param externalId  the platform's id of the message; with the channel it identifies the message, so a
 *                    webhook delivered twice is stored once
 * @param threadId    the platform's conversation (chat id, comment thread, phone number pair), for replies
 * @param senderRef   the platform's reference to the sender (page-scoped id, phone number, user id)
 * @param text        what the citizen wrote, possibly empty when there is an attachment or a position
 * @param receivedAt  when the platform received it; the reply deadline counts from here
 * @param attachments photos and files that came with it
 * @param position    where the citizen was, when the platform sent a position with the message; else null
 */
public record InboundMessage(
        Channel channel,
        String externalId,
        String threadId,
        String senderRef,
        String text,
        Instant receivedAt,
        List<Attachment> attachments,
        SentPosition position) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(senderRef, "senderRef");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
