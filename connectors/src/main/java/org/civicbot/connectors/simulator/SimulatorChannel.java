package org.civicbot.connectors.simulator;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.ReplySender;
import org.civicbot.connectors.SentPosition;

/**
 * A channel whose "platform" is the application itself: demos, manual tests and load tests post messages
 * over HTTP and read the bot's replies back, through exactly the same ingest, queue, pipeline and outbox as
 * the real channels. The conversation a citizen sees is the outbox's delivered replies, so the simulator
 * keeps no state of its own and survives restarts like a real platform would.
 */
public final class SimulatorChannel implements ReplySender {

    /** Longest accepted sender name; a phone number or a handle fits easily. */
    public static final int MAX_SENDER_LENGTH = 64;
    /** Longest accepted client-chosen external id. */
    public static final int MAX_EXTERNAL_ID_LENGTH = 128;

    private final Clock clock;

    public SimulatorChannel(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A post with text only; see {@link #receive(String, String, String, SentPosition, byte[])}. */
    public InboundMessage receive(String sender, String text, String externalId) {
        return receive(sender, text, externalId, null, null);
    }

    /**
     * Turns a simulated post into an inbound message.
     *
     * @param sender     who is writing (any name, phone number or handle)
     * @param text       what they wrote; validated by ingest, not here
     * @param externalId the client's own id for the post, so a retried post is stored once; null to have one
     *                   generated
     * @param position   the phone's position sent with the post, as Telegram does; null for none
     * @param photo      a JPEG taken with the post, as an MMS or chat photo arrives; null for none
     * @throws IllegalArgumentException with a message saying what is wrong with the sender or the id
     */
    public InboundMessage receive(String sender, String text, String externalId, SentPosition position,
                                  byte[] photo) {
        String checkedSender = requirePrintable("sender", sender, MAX_SENDER_LENGTH);
        String id = externalId == null ? "sim-" + UUID.randomUUID()
                : requirePrintable("externalId", externalId, MAX_EXTERNAL_ID_LENGTH);
        List<Attachment> attachments = photo == null ? List.of()
                : List.of(new Attachment("image/jpeg", "simulator:" + id + "/photo", photo.length, photo));
        return new InboundMessage(Channel.SIMULATOR, id, checkedSender, checkedSender, text, clock.instant(),
                attachments, position);
    }

    @Override
    public Channel channel() {
        return Channel.SIMULATOR;
    }

    /**
     * Delivery is immediate: the simulated phone reads the outbox. The receipt id is derived from the reply
     * key, so a reply re-sent after a crash is recognisably the same reply.
     */
    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        if (reply.channel() != Channel.SIMULATOR) {
            throw new DeliveryException("The simulator cannot send a " + reply.channel().id() + " reply", false,
                    null);
        }
        if (reply.text().isBlank()) {
            throw new DeliveryException("Refusing to send an empty reply " + reply.replyKey(), false, null);
        }
        return new DeliveryReceipt("sim:" + reply.replyKey());
    }

    private static String requirePrintable(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " is " + trimmed.length() + " characters long; the limit is " + maxLength);
        }
        if (trimmed.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE)) {
            throw new IllegalArgumentException(field + " contains control characters or broken Unicode");
        }
        return trimmed;
    }
}
