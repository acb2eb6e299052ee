package org.civicbot.bot.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.outbox.ReplyKind;
import org.civicbot.bot.pipeline.ChannelReplyLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * A staff member answers a citizen through the channel they wrote on. The reply goes through the outbox like the
 * bot's (sent once per key, retried), and it is the citizen's reply for the guarantee: the message stops waiting,
 * and the case has its first reply.
 */
@Service
public class StaffReplies {

    private static final int MAX_KEY_LENGTH = 100;

    private final MessageRepository messages;
    private final CaseRepository cases;
    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffReplies(MessageRepository messages, CaseRepository cases, OutboxRepository outbox,
                 TransactionTemplate transactions, Clock clock) {
        this.messages = messages;
        this.cases = cases;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Queues the reply and records it as the citizen's answer.
     *
     * @param key the client's idempotency key: the same key sends the same reply once; null for a new one
     * @return the outbox reply's id
     * @throws ResponseStatusException 404 for an unknown message
     * @throws InvalidRequestException for a missing author or text, or a text longer than the channel takes
     */
    public long reply(long messageId, String author, String text, String key) {
        if (author == null || author.isBlank()) {
            throw new InvalidRequestException("author is missing: say who replies");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text is missing: there is nothing to send");
        }
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw new InvalidRequestException("key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Message message = messages.findById(messageId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No message with id " + messageId));
        String reply = text.strip();
        if (!ChannelReplyLimits.of(message.channel()).fits(reply)) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "The reply (%d characters) is longer than %s takes in one message; shorten it",
                    reply.length(), message.channel()));
        }
        String replyKey = "message-" + messageId + "-staff-" + (key == null ? UUID.randomUUID() : key);
        Instant now = clock.instant();
        return transactions.execute(status -> {
            long id = outbox.enqueue(message.id(), message.caseId(), message.channel(), message.threadId(),
                    message.senderRef(), ReplyKind.STAFF_REPLY, reply, replyKey, author.strip(), now);
            messages.markReplied(message.id(), now);
            if (message.caseId() != null) {
                cases.markFirstReply(message.caseId(), now);
            }
            return id;
        });
    }
}
