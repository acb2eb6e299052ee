package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.open311.Open311Channel;
import org.junit.jupiter.api.Test;

/** The channel that turns a service request into a message and accepts the replies to it. */
class Open311ChannelTest {

    private final Open311Channel channel = new Open311Channel(Clock.systemUTC(), "test");

    @Test
    void aRequestBecomesAnOpen311MessageWithItsMediaAsAnAttachment() {
        InboundMessage message = channel.receive("tok", "device:1", "Gatubelysning: trasig",
                new SentPosition(59.38, 13.5, null), "https://photos.example.org/lamp.jpg?size=large");

        assertThat(message.channel()).isEqualTo(Channel.OPEN311);
        assertThat(message.externalId()).isEqualTo("tok");
        assertThat(message.attachments()).singleElement().satisfies(media -> {
            assertThat(media.mediaType()).isEqualTo("image/jpeg");
            assertThat(media.reference()).isEqualTo("https://photos.example.org/lamp.jpg?size=large");
            assertThat(media.hasContent()).isFalse();
        });
        assertThat(channel.status().enabled()).isTrue();
    }

    @Test
    void aReplyIsAcceptedSinceTheAppReadsTheStatusItself() throws DeliveryException {
        assertThat(channel.send(new OutboundReply(Channel.OPEN311, "message-1-bot-reply", "tok", "device:1", "Tack"))
                .platformMessageId()).isEqualTo("open311:message-1-bot-reply");
    }

    @Test
    void aMediaUrlMustBeAWebAddress() {
        assertThatThrownBy(() -> channel.receive("tok", "device:1", "text", null, "javascript:alert(1)"))
                .hasMessage("media_url must be an absolute http or https URL");
        assertThatThrownBy(() -> channel.receive("tok", "device:1", "text", null, "https://x.org/" + "a".repeat(2_100)))
                .hasMessageStartingWith("media_url is 2114 characters long");
    }
}
