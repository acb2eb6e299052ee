package org.civicbot.connectors.facebook;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.restfb.DefaultJsonMapper;
import com.restfb.JsonMapper;
import com.restfb.json.Json;
import com.restfb.json.JsonValue;
import com.restfb.types.webhook.Change;
import com.restfb.types.webhook.ChangeValue;
import com.restfb.types.webhook.FeedCommentValue;
import com.restfb.types.webhook.WebhookEntry;
import com.restfb.types.webhook.WebhookObject;
import com.restfb.types.webhook.messaging.CoordinatesItem;
import com.restfb.types.webhook.messaging.MessageItem;
import com.restfb.types.webhook.messaging.MessagingAttachment;
import com.restfb.types.webhook.messaging.MessagingItem;
import com.restfb.types.webhook.messaging.PostbackItem;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.attachment.MediaDownloader;

/**
 * Reads one Page webhook delivery (already verified) into citizen messages, with restfb's webhook types: the
 * Messenger events under {@code entry[].messaging[]} (text, quick replies, button postbacks, location and
 * image attachments) and the {@code feed} changes under {@code entry[].changes[]} (a comment added to one of
 * the Page's posts). The Page's own echoes, delivery and read receipts, and every other event are ignored.
 */
final class PageEvents {

    /**
     * What a delivery held: the messages, what was ignored (for the log), and, when a citizen's photo could not
     * be fetched for now, that failure (nothing is then taken from the delivery, so it can come again whole).
     */
    record Reading(List<InboundMessage> messages, Set<String> ignored, PlatformException unavailable) {
    }

    /** The body is not a Page webhook delivery at all. */
    static final class MalformedDelivery extends Exception {
        MalformedDelivery(String message) {
            super(message);
        }
    }

    private final String pageId;
    private final MediaDownloader downloader;
    private final Clock clock;
    private final JsonMapper json = new DefaultJsonMapper();

    PageEvents(String pageId, MediaDownloader downloader, Clock clock) {
        this.pageId = Objects.requireNonNull(pageId, "pageId");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Reading read(String body) throws MalformedDelivery {
        WebhookObject delivery = parse(body);
        List<InboundMessage> messages = new ArrayList<>();
        Set<String> ignored = new LinkedHashSet<>();
        if (!delivery.isPage()) {
            ignored.add("object " + delivery.getObject());
            return new Reading(messages, ignored, null);
        }
        try {
            for (WebhookEntry entry : delivery.getEntryList()) {
                if (!pageId.equals(entry.getId())) {
                    ignored.add("an event for another page (" + entry.getId() + ")");
                    continue;
                }
                for (MessagingItem item : entry.getMessaging()) {
                    readMessaging(item, messages, ignored);
                }
                for (Change change : entry.getChanges()) {
                    readChange(change, messages, ignored);
                }
            }
        } catch (PlatformException photoUnavailable) {
            return new Reading(List.of(), ignored, photoUnavailable);
        } catch (IllegalArgumentException notAnId) {
            throw new MalformedDelivery("the delivery holds an id that is not a Graph id: " + notAnId.getMessage());
        }
        return new Reading(messages, ignored, null);
    }

    private WebhookObject parse(String body) throws MalformedDelivery {
        JsonValue tree;
        try {
            tree = Json.parse(body);
        } catch (RuntimeException e) {
            throw new MalformedDelivery("the body is not JSON: " + e.getMessage());
        }
        if (!tree.isObject() || tree.asObject().get("object") == null || tree.asObject().get("entry") == null
                || !tree.asObject().get("entry").isArray()) {
            throw new MalformedDelivery("the body is not a webhook delivery (an object with \"object\" and \"entry\")");
        }
        try {
            return json.toJavaObject(body, WebhookObject.class);
        } catch (RuntimeException e) {
            throw new MalformedDelivery("the delivery cannot be read: " + e.getMessage());
        }
    }

    private void readMessaging(MessagingItem item, List<InboundMessage> messages, Set<String> ignored)
            throws PlatformException {
        String sender = item.getSender() == null ? null : item.getSender().getId();
        if (item.isMessage()) {
            MessageItem message = item.getMessage();
            if (message.isEcho()) {
                ignored.add("echo of the Page's own message");
            } else if (sender == null || message.getMid() == null) {
                ignored.add("message without sender or mid");
            } else {
                fromMessage(sender, message, receivedAt(item.getTimestamp())).ifPresentOrElse(messages::add,
                        () -> ignored.add("message with nothing civicbot reads (sticker, audio, file)"));
            }
        } else if (item.isPostback()) {
            PostbackItem postback = item.getPostback();
            String text = postback.getTitle() != null ? postback.getTitle() : postback.getPayload();
            if (sender == null || postback.getMid() == null || text == null || text.isBlank()) {
                ignored.add("postback without sender, mid or title");
            } else {
                messages.add(new InboundMessage(Channel.FACEBOOK, postback.getMid(),
                        new FacebookThread.Conversation(sender).id(), sender, text, receivedAt(item.getTimestamp()),
                        List.of(), null));
            }
        } else if (item.isDelivery()) {
            ignored.add("delivery receipt");
        } else if (item.isRead()) {
            ignored.add("read receipt");
        } else {
            ignored.add("Messenger event " + kind(item));
        }
    }

    private Optional<InboundMessage> fromMessage(String sender, MessageItem message, Instant receivedAt)
            throws PlatformException {
        String text = message.getText();
        if (text == null && message.hasQuickReply()) {
            text = message.getQuickReply().getPayload();
        }
        List<Attachment> attachments = new ArrayList<>();
        SentPosition position = null;
        int n = 0;
        for (MessagingAttachment attachment : message.getAttachments()) {
            n++;
            if (attachment.getPayload() == null) {
                continue;
            }
            if (attachment.isLocation()) {
                position = position(attachment.getPayload().getCoordinates());
            } else if (attachment.isImage() && attachment.getPayload().getUrl() != null) {
                photo(attachment.getPayload().getUrl(), "facebook:attachment/" + message.getMid() + "/" + n)
                        .ifPresent(attachments::add);
            }
        }
        if ((text == null || text.isBlank()) && attachments.isEmpty() && position == null) {
            return Optional.empty();
        }
        return Optional.of(new InboundMessage(Channel.FACEBOOK, message.getMid(),
                new FacebookThread.Conversation(sender).id(), sender, text, receivedAt, attachments, position));
    }

    /**
     * The photo with its content, so its GPS tags can be read; empty when the policy refuses it or it is gone
     * for good. A failure worth retrying is thrown: the delivery is then refused and Facebook sends it again.
     */
    private Optional<Attachment> photo(String url, String reference) throws PlatformException {
        try {
            return Optional.ofNullable(downloader.download(URI.create(url), reference, Map.of()).attachment());
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        } catch (PlatformException e) {
            if (e.retryable()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private void readChange(Change change, List<InboundMessage> messages, Set<String> ignored) {
        ChangeValue value = change.getValue();
        if (!"feed".equals(change.getField()) || !(value instanceof FeedCommentValue comment)) {
            ignored.add("change " + change.getField() + (value == null ? "" : " " + value.getClass().getSimpleName()));
            return;
        }
        if (comment.getVerb() != ChangeValue.Verb.ADD) {
            ignored.add("comment " + comment.getVerbAsString());
            return;
        }
        String author = comment.getFrom() == null ? null : comment.getFrom().getId();
        if (pageId.equals(author)) {
            ignored.add("the Page's own comment");
            return;
        }
        if (comment.getCommentId() == null || comment.getPostId() == null
                || comment.getMessage() == null || comment.getMessage().isBlank()) {
            ignored.add("comment without id, post or text (a photo or sticker only)");
            return;
        }
        messages.add(commentMessage(comment.getPostId(), comment.getCommentId(), author, comment.getMessage(),
                receivedAt(comment.getCreatedTime())));
    }

    /**
     * A comment as a message, whether it came by webhook or by polling: the comment id identifies it, so the
     * two ways in store it once.
     */
    static InboundMessage commentMessage(String postId, String commentId, String author, String text,
                                         Instant createdAt) {
        // Graph leaves the author out unless the app may read it; the comment then stands for its writer.
        String sender = author != null ? author : "comment-" + commentId;
        return new InboundMessage(Channel.FACEBOOK, commentId, new FacebookThread.Comment(postId, commentId).id(),
                sender, text, createdAt, List.of(), null);
    }

    private Instant receivedAt(Date timestamp) {
        return timestamp == null ? clock.instant() : timestamp.toInstant();
    }

    private static SentPosition position(CoordinatesItem coordinates) {
        if (coordinates == null || coordinates.getLat() == null || coordinates.getLongVal() == null) {
            return null;
        }
        try {
            return new SentPosition(coordinates.getLat(), coordinates.getLongVal(), null);
        } catch (IllegalArgumentException outOfRange) {
            return null;
        }
    }

    private static String kind(MessagingItem item) {
        if (item.isReaction()) {
            return "reaction";
        }
        if (item.isOptin()) {
            return "opt-in";
        }
        if (item.isReferral()) {
            return "referral";
        }
        return "of another kind";
    }
}
