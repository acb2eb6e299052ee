package org.civicbot.bot.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.SentPosition;
import org.junit.jupiter.api.Test;

class IngestValidationTest {

    @Test
    void aPhotoWithoutTextIsAcceptable() {
        assertThatCode(() -> IngestService.validate(message("", List.of(new Attachment("image/jpeg", "mms-1", 2048)))))
                .doesNotThrowAnyException();
    }

    @Test
    void aPositionWithoutTextIsAcceptableButNothingAtAllIsNot() {
        InboundMessage position = new InboundMessage(Channel.TELEGRAM, "x", "t", "s", "", Instant.EPOCH, List.of(),
                new SentPosition(59.38, 13.50, null));

        assertThatCode(() -> IngestService.validate(position)).doesNotThrowAnyException();
        assertThatThrownBy(() -> IngestService.validate(message(" ", List.of())))
                .hasMessage("The message has no text, no attachment and no position; there is nothing to answer");
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String tenThousandEmoji = "🚧".repeat(10_000);

        assertThatCode(() -> IngestService.validate(message(tenThousandEmoji, List.of()))).doesNotThrowAnyException();
        assertThatThrownBy(() -> IngestService.validate(message(tenThousandEmoji + "!", List.of())))
                .isInstanceOf(MessageRejectedException.class)
                .hasMessage("The text is 10001 characters long; the limit is 10000");
    }

    @Test
    void aLoneLowSurrogateIsBrokenUnicode() {
        assertThatThrownBy(() -> IngestService.validate(message("lampa \uDC00", List.of())))
                .hasMessage("The text contains broken Unicode (an unpaired surrogate)");
    }

    private static InboundMessage message(String text, List<Attachment> attachments) {
        return new InboundMessage(Channel.SIMULATOR, "x", "t", "s", text, Instant.EPOCH, attachments, null);
    }
}
