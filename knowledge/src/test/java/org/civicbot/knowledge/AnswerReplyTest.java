package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnswerReplyTest {

    private static final String PASSAGE = "Soporna hämtas varannan tisdag. Ställ ut kärlet före klockan sex. "
            + "Har kärlet inte tömts, ring Kontaktcenter.";
    private static final String LINK = "https://karlstad.example/wiki/sophamtning";
    private static final String HANDOVER = "Svara MÄNNISKA för att prata med en person.";

    @Test
    void keepsEverythingWhenItFits() {
        String reply = AnswerReply.compose(PASSAGE, LINK, HANDOVER, ReplyLimit.characters(1_000));

        assertThat(reply).isEqualTo(PASSAGE + "\n\n" + LINK + "\n" + HANDOVER);
    }

    @Test
    void cutsThePassageAtASentenceAndKeepsLinkAndHandover() {
        ReplyLimit limit = ReplyLimit.characters(160);

        String reply = AnswerReply.compose(PASSAGE, LINK, HANDOVER, limit);

        assertThat(reply).startsWith("Soporna hämtas varannan tisdag.").doesNotContain("ring Kontaktcenter")
                .contains(".\n\n" + LINK).endsWith(HANDOVER).hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void cutsAtAWordWithAnEllipsisWhenNoSentenceFits() {
        String reply = AnswerReply.compose(PASSAGE, LINK, HANDOVER, ReplyLimit.characters(110));

        assertThat(reply).startsWith("Soporna").contains("…\n\n" + LINK).doesNotContain("tisdag.")
                .endsWith(HANDOVER).hasSizeLessThanOrEqualTo(110);
    }

    @Test
    void refusesALimitWithNoRoomForTheLink() {
        assertThatThrownBy(() -> AnswerReply.compose(PASSAGE, LINK, HANDOVER, ReplyLimit.characters(40)))
                .hasMessageContaining("no room");
    }
}
