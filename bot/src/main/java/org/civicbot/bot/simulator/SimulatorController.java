package org.civicbot.bot.simulator;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.civicbot.bot.ingest.IngestResult;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.ingest.MessageRejectedException;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.SentPosition;
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

    /** Largest photo the simulator takes, decoded; an MMS photo is smaller, a phone photo fits. */
    private static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    /**
     * A citizen's post; {@code externalId} is optional and makes a retried post idempotent. {@code position}
     * and {@code photo} are optional too: the phone's position as Telegram sends it, and a photo whose GPS
     * tags give a position when there is none.
     */
    record SimulatorPost(String sender, String text, String externalId, SimulatorPosition position,
                         @Schema(format = "byte", description = "A JPEG in base64 (RFC 4648, standard alphabet, "
                                 + "no line breaks), at most 10 MB decoded") String photo) {
    }

    /** WGS84 decimal degrees; {@code accuracyMeters} is optional. */
    record SimulatorPosition(Double latitude, Double longitude, Integer accuracyMeters) {

        SentPosition sent() {
            if (latitude == null || longitude == null) {
                throw new IllegalArgumentException("position needs both latitude and longitude");
            }
            return new SentPosition(latitude, longitude, accuracyMeters);
        }
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
        SentPosition position = post.position() == null ? null : post.position().sent();
        IngestResult result = ingest.accept(channel.receive(post.sender(), post.text(), post.externalId(), position,
                decodePhoto(post.photo())));
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

    /** The photo's bytes, or null for none; what is wrong with the base64 is said precisely. */
    private static byte[] decodePhoto(String base64) {
        if (base64 == null) {
            return null;
        }
        if (base64.isEmpty()) {
            throw new IllegalArgumentException("photo is empty; leave it out to send no photo");
        }
        byte[] photo;
        try {
            photo = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("photo is not valid base64: " + base64Problem(base64, e));
        }
        if (photo.length > MAX_PHOTO_BYTES) {
            throw new MessageRejectedException(MessageRejectedException.Problem.ATTACHMENT_TOO_LARGE,
                    "The photo is " + photo.length + " bytes; the limit is " + MAX_PHOTO_BYTES + " (10 MB)");
        }
        return photo;
    }

    /** Where the first character outside the base64 alphabet is, or the decoder's word on length and padding. */
    private static String base64Problem(String base64, IllegalArgumentException e) {
        for (int i = 0; i < base64.length(); i++) {
            char c = base64.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=';
            if (!alphabet) {
                return String.format(Locale.ROOT, "character %d (U+%04X) is not in the base64 alphabet",
                        i + 1, (int) c);
            }
        }
        return e.getMessage();
    }

    /** The simulator's own checks on sender, id, position and photo. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidPost(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Message rejected");
        return problem;
    }
}
