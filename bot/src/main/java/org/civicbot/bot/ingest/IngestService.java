package org.civicbot.bot.ingest;

import java.time.Clock;
import java.time.Instant;

import org.civicbot.bot.location.MessagePosition;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.queue.InboundQueue;
import org.civicbot.bot.sla.ReplyPolicy;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way in for citizen messages from every channel: validate, take the position that came with it,
 * store once, then queue. A caller (a webhook) answers the platform only after {@link #accept} returns, i.e.
 * after the row is committed; if queueing fails then, the message is still safe and the sweeper queues it
 * later.
 */
@Service
public class IngestService {

    /** Longest accepted text, in characters (Unicode code points). */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final MessageRepository messages;
    private final InboundQueue queue;
    private final ReplyPolicy deadlines;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json;
    private final SenderPseudonyms pseudonyms;

    public IngestService(MessageRepository messages, InboundQueue queue, ReplyPolicy deadlines,
                         TransactionTemplate transactions, Clock clock, JsonMapper json, SenderPseudonyms pseudonyms) {
        this.messages = messages;
        this.queue = queue;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.clock = clock;
        this.json = json;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Stores and queues the message.
     *
     * @throws MessageRejectedException when it is empty, too long or holds text that cannot be stored
     */
    public IngestResult accept(InboundMessage message) {
        validate(message);
        // Read before the transaction: a photo's GPS tags take a moment, and its bytes are not stored.
        MessagePosition position = MessagePosition.of(message).orElse(null);
        String attachments = json.writeValueAsString(message.attachments().stream().map(StoredAttachment::of).toList());
        Instant now = clock.instant();
        String senderId = pseudonyms.of(message.channel(), message.senderRef());
        // Not classified yet: the channel's deadline; the pipeline sets the category's and topic's once known.
        Instant deadline = deadlines.deadlineFor(message.receivedAt(), message.channel().id(), null, null);
        Long storedId = transactions.execute(status -> messages
                .insertIfAbsent(message, senderId, attachments, position, now, deadline)
                .orElse(null));
        if (storedId == null) {
            long existing = messages.findIdByExternalId(message.channel().id(), message.externalId()).orElseThrow();
            return new IngestResult(existing, true);
        }
        try {
            queue.enqueue(storedId);
            messages.markEnqueued(storedId, now);
        } catch (RuntimeException e) {
            log.warn("Message {} is stored but could not be queued now; the sweeper will queue it: {}", storedId,
                    e.toString());
        }
        return new IngestResult(storedId, false);
    }

    /** What the {@code attachments} column keeps of an attachment: where to fetch it, not its content. */
    private record StoredAttachment(String mediaType, String reference, long sizeBytes) {
        static StoredAttachment of(Attachment attachment) {
            return new StoredAttachment(attachment.mediaType(), attachment.reference(), attachment.sizeBytes());
        }
    }

    static void validate(InboundMessage message) {
        String text = message.text();
        if (text.isBlank() && message.attachments().isEmpty() && message.position() == null) {
            throw new MessageRejectedException(MessageRejectedException.Problem.EMPTY,
                    "The message has no text, no attachment and no position; there is nothing to answer");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new MessageRejectedException(MessageRejectedException.Problem.INVALID_TEXT,
                    "The text contains NUL characters, which cannot be stored");
        }
        if (hasUnpairedSurrogate(text)) {
            throw new MessageRejectedException(MessageRejectedException.Problem.INVALID_TEXT,
                    "The text contains broken Unicode (an unpaired surrogate)");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT_LENGTH) {
            throw new MessageRejectedException(MessageRejectedException.Problem.TOO_LONG,
                    "The text is " + length + " characters long; the limit is " + MAX_TEXT_LENGTH);
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
