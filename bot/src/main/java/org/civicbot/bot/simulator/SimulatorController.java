package org.civicbot.bot.simulator;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.civicbot.bot.ingest.IngestResult;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.simulator.SimulatorChannel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator channel's HTTP face: post a message as a citizen would, read back what the bot replied. It
 * goes through the same ingest, queue, pipeline and outbox as the real channels.
 */
@RestController
@RequestMapping("/api/simulator")
class SimulatorController {

    private final SimulatorChannel channel;
    private final IngestService ingest;
    private final MessageRepository messages;
    private final OutboxRepository outbox;

    SimulatorController(SimulatorChannel channel, IngestService ingest, MessageRepository messages,
                        OutboxRepository outbox) {
        this.channel = channel;
        this.ingest = ingest;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** A citizen's post; {@code externalId} is optional and makes a retried post idempotent. */
    record SimulatorPost(String sender, String text, String externalId) {
    }

    record Accepted(long messageId, boolean duplicate) {
    }

    /** One line of the conversation: IN from the citizen, OUT from the bot. */
    record Line(String direction, Instant at, String text, Long messageId, String state, String kind) {
    }

    record Conversation(String sender, List<Line> lines) {
    }

    @PostMapping("/messages")
    ResponseEntity<Accepted> post(@RequestBody SimulatorPost post) {
        IngestResult result = ingest.accept(channel.receive(post.sender(), post.text(), post.externalId()));
        Accepted body = new Accepted(result.messageId(), result.duplicate());
        return result.duplicate()
                ? ResponseEntity.ok(body)
                : ResponseEntity.accepted().location(URI.create("/api/messages/" + result.messageId())).body(body);
    }

    @GetMapping("/conversations/{sender}")
    Conversation conversation(@PathVariable String sender) {
        String channelId = Channel.SIMULATOR.id();
        List<Line> lines = new ArrayList<>();
        messages.fromSender(channelId, sender).forEach(m -> lines.add(
                new Line("IN", m.receivedAt(), m.text(), m.id(), m.state().name(), null)));
        outbox.sentTo(channelId, sender).forEach(r -> lines.add(
                new Line("OUT", r.sentAt(), r.text(), r.messageId(), r.state().name(), r.kind().name())));
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::direction));
        return new Conversation(sender, lines);
    }

    /** The simulator's own checks on sender and id. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidPost(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Message rejected");
        return problem;
    }
}
