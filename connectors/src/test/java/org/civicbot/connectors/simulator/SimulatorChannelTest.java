package org.civicbot.connectors.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.SentPosition;
import org.junit.jupiter.api.Test;

class SimulatorChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final SimulatorChannel channel = new SimulatorChannel(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void turnsAPostIntoAnInboundMessageStampedWithTheClock() {
        InboundMessage message = channel.receive("  anna  ", "Gatlampan är trasig", "post-1");

        assertThat(message.channel()).isEqualTo(Channel.SIMULATOR);
        assertThat(message.externalId()).isEqualTo("post-1");
        assertThat(message.senderRef()).isEqualTo("anna");
        assertThat(message.threadId()).isEqualTo("anna");
        assertThat(message.text()).isEqualTo("Gatlampan är trasig");
        assertThat(message.receivedAt()).isEqualTo(NOW);
        assertThat(message.attachments()).isEmpty();
        assertThat(message.position()).isNull();
    }

    @Test
    void aPositionAndAPhotoComeWithThePostAsAPlatformWouldSendThem() {
        SentPosition position = new SentPosition(59.38185, 13.50566, 8);
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

        InboundMessage message = channel.receive("anna", "", "post-2", position, photo);

        assertThat(message.position()).isEqualTo(position);
        assertThat(message.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.mediaType()).isEqualTo("image/jpeg");
            assertThat(attachment.reference()).isEqualTo("simulator:post-2/photo");
            assertThat(attachment.sizeBytes()).isEqualTo(3);
            assertThat(attachment.content()).isEqualTo(photo);
        });
    }

    @Test
    void generatesDistinctExternalIdsWhenTheClientGivesNone() {
        String first = channel.receive("anna", "a", null).externalId();
        String second = channel.receive("anna", "a", null).externalId();

        assertThat(first).startsWith("sim-").isNotEqualTo(second);
    }

    @Test
    void rejectsBlankOverlongAndControlCharacterSenders() {
        assertThatThrownBy(() -> channel.receive(" ", "x", null)).hasMessage("sender is missing or blank");
        assertThatThrownBy(() -> channel.receive("a".repeat(65), "x", null))
                .hasMessage("sender is 65 characters long; the limit is 64");
        assertThatThrownBy(() -> channel.receive("an\u0000na", "x", null))
                .hasMessage("sender contains control characters or broken Unicode");
        assertThatThrownBy(() -> channel.receive("anna\uD800", "x", null))
                .hasMessage("sender contains control characters or broken Unicode");
        assertThatThrownBy(() -> channel.receive("anna", "x", "id".repeat(65)))
                .hasMessage("externalId is 130 characters long; the limit is 128");
    }

    @Test
    void deliveryReceiptIsDerivedFromTheReplyKeySoAResendIsRecognisable() throws DeliveryException {
        OutboundReply reply = new OutboundReply(Channel.SIMULATOR, "message-7-ack", "anna", "anna", "Tack!");

        assertThat(channel.send(reply).platformMessageId()).isEqualTo("sim:message-7-ack");
        assertThat(channel.send(reply)).isEqualTo(channel.send(reply));
    }

    @Test
    void refusesRepliesForOtherChannelsOrWithoutText() {
        assertThatThrownBy(() -> channel.send(new OutboundReply(Channel.SMS, "k", "t", "r", "hej")))
                .isInstanceOf(DeliveryException.class)
                .hasMessage("The simulator cannot send a sms reply")
                .matches(e -> !((DeliveryException) e).retryable());
        assertThatThrownBy(() -> channel.send(new OutboundReply(Channel.SIMULATOR, "k", "t", "r", " ")))
                .hasMessage("Refusing to send an empty reply k");
    }
}
