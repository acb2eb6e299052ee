package org.civicbot.bot.message;

import java.time.Instant;
import java.util.List;

import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.outbox.Reply;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read access to one message: its state, what the classifier said, where, and the bot's reply. */
@RestController
@RequestMapping("/api/messages")
class MessageController {

    private final MessageRepository messages;
    private final OutboxRepository outbox;

    MessageController(MessageRepository messages, OutboxRepository outbox) {
        this.messages = messages;
        this.outbox = outbox;
    }

    record ClassificationView(String language, String category, Double categoryConfidence, String topic,
                              Double topicConfidence, String classifierVersion) {
    }

    record LocationView(String kind, String text, String normalized) {
    }

    record ReplyView(String kind, String text, String state, int attempts, Instant sentAt) {
    }

    record MessageView(long id, String channel, String text, Instant receivedAt, Instant replyDeadline,
                       MessageState state, String decisionReason, ClassificationView classification,
                       LocationView location, String caseNumber, List<ReplyView> replies) {
    }

    @GetMapping("/{id}")
    MessageView get(@PathVariable long id) {
        Message m = messages.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message with id " + id));
        ClassificationView classification = m.category() == null ? null
                : new ClassificationView(m.language(), m.category(), m.categoryConfidence(), m.topic(),
                        m.topicConfidence(), m.classifierVersion());
        LocationView location = m.locationKind() == null ? null
                : new LocationView(m.locationKind(), m.locationText(), m.locationNormalized());
        List<ReplyView> replies = outbox.forMessage(id).stream().map(MessageController::view).toList();
        return new MessageView(m.id(), m.channel(), m.text(), m.receivedAt(), m.replyDeadline(), m.state(),
                m.decisionReason(), classification, location, m.caseNumber(), replies);
    }

    private static ReplyView view(Reply r) {
        return new ReplyView(r.kind().name(), r.text(), r.state().name(), r.attempts(), r.sentAt());
    }
}
