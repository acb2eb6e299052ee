package org.civicbot.connectors.facebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.restfb.Parameter;
import com.restfb.types.FacebookType;
import com.restfb.types.send.CommentIdMessageRecipient;
import com.restfb.types.send.IdMessageRecipient;
import com.restfb.types.send.Message;
import com.restfb.types.send.MessagingType;
import com.restfb.types.send.SendResponse;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.PlatformException;

/**
 * Sends replies through the Graph API with the Page access token:
 * <ul>
 *   <li>in Messenger with the Send API ({@code POST /me/messages}), {@code messaging_type: RESPONSE} within 24
 *       hours of the citizen's last message; after that only with the {@code HUMAN_AGENT} tag (up to 7 days,
 *       when the municipality has it and switched it on), else not at all;</li>
 *   <li>to a comment publicly, as a reply under it ({@code POST /{comment-id}/comments}), or, when the reply is
 *       personal, privately in Messenger ({@code POST /{page-id}/messages} with {@code recipient.comment_id}),
 *       which Facebook allows once per comment and within 7 days of it.</li>
 * </ul>
 */
final class FacebookReplies {

    static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);
    static final Duration PRIVATE_REPLY_WINDOW = Duration.ofDays(7);
    static final String OUTSIDE_WINDOW = "outside Messenger's 24-hour window; answer the citizen another way";

    private final FacebookGraph graph;
    private final String pageId;
    private final boolean humanAgentTag;
    private final Clock clock;

    FacebookReplies(FacebookGraph graph, String pageId, boolean humanAgentTag, Clock clock) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.pageId = Objects.requireNonNull(pageId, "pageId");
        this.humanAgentTag = humanAgentTag;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        if (reply.text().isBlank()) {
            throw new DeliveryException("Refusing to send an empty reply " + reply.replyKey(), false, null);
        }
        FacebookThread thread = FacebookThread.parse(reply.threadId()).orElseThrow(() -> new DeliveryException(
                "Reply " + reply.replyKey() + " has no Facebook thread to answer in (" + reply.threadId() + ")",
                false, null));
        try {
            if (thread instanceof FacebookThread.Comment comment) {
                return reply.personal() ? replyPrivately(comment, reply) : replyPublicly(comment, reply);
            }
            return sendMessage((FacebookThread.Conversation) thread, reply);
        } catch (PlatformException e) {
            throw DeliveryException.of(e);
        }
    }

    private DeliveryReceipt sendMessage(FacebookThread.Conversation conversation, OutboundReply reply)
            throws PlatformException {
        Duration since = sinceCitizenWrote(reply);
        Parameter[] parameters;
        if (since == null || since.compareTo(STANDARD_WINDOW) <= 0) {
            parameters = new Parameter[] {
                    Parameter.with("recipient", new IdMessageRecipient(conversation.psid())),
                    Parameter.with("messaging_type", MessagingType.RESPONSE),
                    Parameter.with("message", new Message(reply.text()))};
        } else if (humanAgentTag && since.compareTo(HUMAN_AGENT_WINDOW) <= 0) {
            parameters = new Parameter[] {
                    Parameter.with("recipient", new IdMessageRecipient(conversation.psid())),
                    Parameter.with("messaging_type", MessagingType.MESSAGE_TAG),
                    Parameter.with("tag", "HUMAN_AGENT"),
                    Parameter.with("message", new Message(reply.text()))};
        } else {
            throw new DeliveryException("The citizen last wrote " + since.toHours() + " hours ago, "
                    + OUTSIDE_WINDOW + (humanAgentTag ? " (the HUMAN_AGENT tag reaches 7 days back)"
                    : " (the HUMAN_AGENT tag is off)"), false, null);
        }
        SendResponse sent = graph.call("sending a Messenger reply",
                facebook -> facebook.publish("me/messages", SendResponse.class, parameters));
        return new DeliveryReceipt(sent.getMessageId());
    }

    private DeliveryReceipt replyPrivately(FacebookThread.Comment comment, OutboundReply reply)
            throws PlatformException {
        Duration since = sinceCitizenWrote(reply);
        if (since != null && since.compareTo(PRIVATE_REPLY_WINDOW) > 0) {
            throw new DeliveryException("The comment is " + since.toDays() + " days old; Facebook allows a private"
                    + " reply only within 7 days of a comment; answer the citizen another way", false, null);
        }
        SendResponse sent = graph.call("sending a private reply to a comment",
                facebook -> facebook.publish(pageId + "/messages", SendResponse.class,
                        Parameter.with("recipient", new CommentIdMessageRecipient(comment.commentId())),
                        Parameter.with("message", new Message(reply.text()))));
        return new DeliveryReceipt(sent.getMessageId());
    }

    private DeliveryReceipt replyPublicly(FacebookThread.Comment comment, OutboundReply reply)
            throws PlatformException {
        FacebookType created = graph.call("replying to a comment",
                facebook -> facebook.publish(comment.commentId() + "/comments", FacebookType.class,
                        Parameter.withMessage(reply.text())));
        return new DeliveryReceipt(created.getId());
    }

    /** How long ago the citizen wrote, or null when the bot does not know. */
    private Duration sinceCitizenWrote(OutboundReply reply) {
        Instant wrote = reply.citizenWroteAt();
        return wrote == null ? null : Duration.between(wrote, clock.instant());
    }
}
