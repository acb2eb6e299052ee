package org.civicbot.bot.pipeline;

import java.time.Instant;

import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.message.MessageState;
import org.civicbot.bot.outbox.OutboxDispatcher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Staff say a wiki answer the bot gave was not right: the question goes back to a person. */
@RestController
class WikiAnswerRejectionController {

    /** A note is for a colleague, not an essay; it is kept in the message's decision reason. */
    static final int MAX_NOTE_LENGTH = 1_000;

    private final WikiAnswerRejections rejections;
    private final MessageRepository messages;
    private final OutboxDispatcher outbox;

    WikiAnswerRejectionController(WikiAnswerRejections rejections, MessageRepository messages,
                                  OutboxDispatcher outbox) {
        this.rejections = rejections;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** Why the answer was not right; optional, as is the whole body. */
    record RejectionRequest(String note) {
    }

    record Rejection(long messageId, MessageState state, Instant replyDeadline, String decisionReason) {
    }

    @PostMapping("/api/messages/{id}/wiki-answer/rejection")
    Rejection reject(@PathVariable long id, @RequestBody(required = false) RejectionRequest request) {
        WikiAnswerRejections.Reopened reopened = rejections.rejectByStaff(id, note(request));
        // Sent now that it is committed, as the pipeline does; a failed send is retried by the outbox poller.
        outbox.send(reopened.acknowledgementId());
        Message message = messages.findById(id).orElseThrow();
        return new Rejection(message.id(), message.state(), message.replyDeadline(), message.decisionReason());
    }

    private static String note(RejectionRequest request) {
        if (request == null || request.note() == null || request.note().isBlank()) {
            return null;
        }
        String note = request.note().strip();
        if (note.indexOf('\u0000') >= 0) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The note contains NUL characters, which cannot be stored");
        }
        int length = note.codePointCount(0, note.length());
        if (length > MAX_NOTE_LENGTH) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The note is " + length + " characters long; the limit is " + MAX_NOTE_LENGTH);
        }
        return note;
    }
}
