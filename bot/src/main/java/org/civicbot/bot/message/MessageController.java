package org.civicbot.bot.message;

import java.time.Instant;
import java.util.List;

import org.civicbot.bot.location.MessagePosition;
import org.civicbot.bot.location.StoredLocation;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.outbox.Reply;
import org.civicbot.bot.staff.Absences;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * One message: its state, what the classifier said, where, the replies; a staff member's reply through the
 * citizen's channel, and who works on it.
 */
@RestController
@RequestMapping("/api/messages")
class MessageController {

    private final MessageRepository messages;
    private final OutboxRepository outbox;
    private final StaffReplies staffReplies;
    private final Absences absences;

    MessageController(MessageRepository messages, OutboxRepository outbox, StaffReplies staffReplies,
                      Absences absences) {
        this.messages = messages;
        this.outbox = outbox;
        this.staffReplies = staffReplies;
        this.absences = absences;
    }

    /** A staff member's reply; {@code key} (optional) makes a retried post send it once. */
    record StaffReply(String author, String text, String key) {
    }

    record Queued(long replyId) {
    }

    /** Who works on the message; a blank or missing assignee unassigns it. */
    record Assignment(String assignee) {
    }

    record ClassificationView(String language, String category, Double categoryConfidence, String topic,
                              Double topicConfidence, String classifierVersion) {
    }

    record ReplyView(String kind, String text, String state, int attempts, Instant sentAt) {
    }

    /**
     * @param senderId  the sender's pseudonymous id (the same citizen on the same channel has the same id); the
     *                  phone number or platform id is never shown
     * @param actingAssignee who works on it now: the assignee, or their stand-in while they are away
     * @param repliedAt when the citizen first had a reply (a wiki answer or a person's); null while the guarantee runs
     * @param position  where the citizen was, as the platform or a photo said; null when neither did
     * @param location  the best location, the one a case gets; null when the message gives none (yet)
     * @param locations every location the message gives, placed on the map, best first; empty until decided
     * @param answerArticle the wiki article the bot answered from, also once the answer went back to a person;
     *                      null when it did not answer
     */
    record MessageView(long id, String channel, String senderId, String text, Instant receivedAt, Instant replyDeadline,
                       Instant repliedAt, String assignee, String actingAssignee,
                       MessageState state, String decisionReason, ClassificationView classification,
                       MessagePosition position, StoredLocation location, List<StoredLocation> locations,
                       String caseNumber, String answerArticle, List<ReplyView> replies) {
    }

    @GetMapping("/{id}")
    MessageView get(@PathVariable long id) {
        Message m = messages.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message with id " + id));
        ClassificationView classification = m.category() == null ? null
                : new ClassificationView(m.language(), m.category(), m.categoryConfidence(), m.topic(),
                        m.topicConfidence(), m.classifierVersion());
        List<ReplyView> replies = outbox.forMessage(id).stream().map(MessageController::view).toList();
        return new MessageView(m.id(), m.channel(), m.senderId(), m.text(), m.receivedAt(), m.replyDeadline(),
                m.repliedAt(), m.assignee(), absences.actingFor(m.assignee()), m.state(), m.decisionReason(), classification, m.position(), m.location(),
                m.locations(), m.caseNumber(), m.answerArticle(), replies);
    }

    /** Sends a reply through the citizen's channel: 202 once it is queued in the outbox. */
    @PostMapping("/{id}/replies")
    ResponseEntity<Queued> reply(@PathVariable long id, @RequestBody StaffReply reply) {
        return ResponseEntity.accepted().body(new Queued(staffReplies.reply(id, reply.author(), reply.text(),
                reply.key())));
    }

    @PutMapping("/{id}/assignee")
    ResponseEntity<Void> assign(@PathVariable long id, @RequestBody Assignment assignment) {
        String assignee = assignment.assignee() == null || assignment.assignee().isBlank() ? null
                : assignment.assignee().strip();
        if (!messages.assign(id, assignee)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No message with id " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ReplyView view(Reply r) {
        return new ReplyView(r.kind().name(), r.text(), r.state().name(), r.attempts(), r.sentAt());
    }
}
