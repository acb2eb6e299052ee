package org.civicbot.bot.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.civicbot.bot.gaps.GapReason;
import org.civicbot.bot.gaps.KnowledgeGapRepository;
import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.message.MessageState;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.outbox.ReplyKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * A wiki answer that did not help goes back to a person, whether the citizen says so ("MÄNNISKA", "det hjälpte
 * inte") or a member of staff does: the answered message becomes TRIAGE with its first reply deadline (the
 * citizen has waited since then), the question is recorded as a knowledge gap, and the citizen is told that a
 * person takes over.
 */
@Component
public class WikiAnswerRejections {

    /** How long after the bot's answer a request for a person still refers to it. */
    static final Duration REQUEST_WINDOW = Duration.ofDays(7);

    private final MessageRepository messages;
    private final OutboxRepository outbox;
    private final KnowledgeGapRepository gaps;
    private final ReplyTexts texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public WikiAnswerRejections(MessageRepository messages, OutboxRepository outbox, KnowledgeGapRepository gaps,
                                ReplyTexts texts, TransactionTemplate transactions, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.gaps = gaps;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The answered message sent back to a person, and the acknowledgement written to the outbox.
     */
    public record Reopened(long messageId, long acknowledgementId) {
    }

    /**
     * When {@code request} asks for a person and the last thing the bot said to this sender on this channel, at
     * most a week before, was a wiki answer, that answer's message goes back to a person. Runs in the pipeline's
     * transaction with {@code request} locked; the acknowledgement goes where the citizen just wrote.
     *
     * @return the reopened message, or empty when the request is not one or refers to no recent answer
     */
    Optional<Reopened> onRequestForPerson(Message request, Instant now) {
        if (!RequestForPerson.matches(request.text())) {
            return Optional.empty();
        }
        return outbox.lastSentTo(request.channel(), request.senderRef())
                .filter(reply -> reply.kind() == ReplyKind.WIKI_ANSWER)
                .filter(reply -> !reply.sentAt().isBefore(request.receivedAt().minus(REQUEST_WINDOW)))
                .flatMap(reply -> messages.lockForDecision(reply.messageId()))
                .filter(answered -> answered.state() == MessageState.ANSWERED)
                .map(answered -> reopen(answered, GapReason.NOT_HELPFUL,
                        "The citizen said the wiki answer did not help (message " + request.id() + ")", request, now));
    }

    /**
     * A member of staff says the bot's answer to the message was not right.
     *
     * @param note why, for the colleague who takes over; null for none
     * @throws ResponseStatusException 404 for an unknown message, 409 for one the bot did not answer from the
     *                                 wiki (or that already went back to a person)
     */
    public Reopened rejectByStaff(long messageId, String note) {
        return transactions.execute(status -> {
            Message answered = messages.lockForDecision(messageId).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "No message with id " + messageId));
            if (answered.state() != MessageState.ANSWERED) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, answered.answerArticle() != null
                        ? "The wiki answer to message " + messageId + " already went back to a person (it is "
                                + answered.state() + ")"
                        : "Message " + messageId + " is " + answered.state()
                                + ", not answered from the wiki; only a wiki answer can be rejected");
            }
            String why = "Staff said the wiki answer did not help" + (note == null ? "" : ": " + note);
            return reopen(answered, GapReason.STAFF_REJECTED, why, answered, clock.instant());
        });
    }

    /**
     * @param acknowledgeIn the message whose conversation (channel, thread, sender) the acknowledgement answers
     */
    private Reopened reopen(Message answered, GapReason reason, String why, Message acknowledgeIn, Instant now) {
        messages.reopenForPerson(answered.id(), why + "; a person answers by the first reply deadline. Before: "
                + answered.decisionReason());
        gaps.record(answered.id(), answered.text(), answered.language(), reason, answered.answerArticle(),
                answered.answerConfidence(), now);
        String text = texts.handoverAcknowledgement(ReplyTexts.replyLanguage(answered.language()),
                answered.replyDeadline(), now);
        // A key of its own, beside the message's bot reply: one acknowledgement per reopened answer.
        long acknowledgement = outbox.enqueue(answered.id(), null, acknowledgeIn.channel(), acknowledgeIn.threadId(),
                acknowledgeIn.senderRef(), ReplyKind.HANDOVER_ACKNOWLEDGEMENT, text,
                "message-" + answered.id() + "-handover", now);
        return new Reopened(answered.id(), acknowledgement);
    }
}
