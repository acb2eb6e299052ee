package org.civicbot.bot.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.PointSource;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.SentPosition;
import org.junit.jupiter.api.Test;

class MessagePositionTest {

    private static final Attachment UNREADABLE_PHOTO = new Attachment("image/jpeg", "tg-1", 3, new byte[] {1, 2, 3});

    @Test
    void thePlatformsPositionIsTakenAsItCame() {
        MessagePosition position = MessagePosition.of(message(new SentPosition(59.38, 13.50, 12), List.of()))
                .orElseThrow();

        assertThat(position).isEqualTo(new MessagePosition(59.38, 13.50, 12, PointSource.DEVICE));
        assertThat(position.asLocation().precisionMeters()).isEqualTo(12);
    }

    @Test
    void aPositionWithoutAccuracyCountsAsGoodToFiftyMetres() {
        Location location = new MessagePosition(59.38, 13.50, null, PointSource.DEVICE).asLocation();

        assertThat(location.precisionMeters()).isEqualTo(50);
        assertThat(location.source()).isEqualTo(PointSource.DEVICE);
        assertThat(location.inText()).isFalse();
    }

    @Test
    void aPositionAbroadIsKeptWithItsProblemButWithoutAPoint() {
        Location oslo = new MessagePosition(59.91, 10.75, 10, PointSource.DEVICE).asLocation();

        assertThat(oslo.problem()).isEqualTo("outside Sweden");
        assertThat(oslo.point()).isEmpty();
    }

    @Test
    void anUnreadablePhotoOrOneThatWasNotDownloadedGivesNoPosition() {
        assertThat(MessagePosition.of(message(null, List.of(UNREADABLE_PHOTO)))).isEmpty();
        assertThat(MessagePosition.of(message(null, List.of(new Attachment("image/jpeg", "mms-1", 2048))))).isEmpty();
    }

    private static InboundMessage message(SentPosition position, List<Attachment> attachments) {
        return new InboundMessage(Channel.TELEGRAM, "x", "t", "s", "", Instant.EPOCH, attachments, position);
    }
}
