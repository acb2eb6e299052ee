package org.civicbot.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestForPersonTest {

    @Test
    void theWordTheAnswerAsksForMatchesHoweverItIsWritten() {
        assertThat(RequestForPerson.matches("MÄNNISKA")).isTrue();
        assertThat(RequestForPerson.matches("människa")).isTrue();
        assertThat(RequestForPerson.matches("manniska")).isTrue();
        assertThat(RequestForPerson.matches("  Människa!!! ")).isTrue();
        assertThat(RequestForPerson.matches("människa 🙏")).isTrue();
        assertThat(RequestForPerson.matches("HUMAN")).isTrue();
        assertThat(RequestForPerson.matches("Handläggare, tack")).isTrue();
        assertThat(RequestForPerson.matches("handlaggare")).isTrue();
    }

    @Test
    void sayingTheAnswerDidNotHelpMatches() {
        assertThat(RequestForPerson.matches("Det hjälpte inte.")).isTrue();
        assertThat(RequestForPerson.matches("hjalpte inte")).isTrue();
        assertThat(RequestForPerson.matches("Hjälper inte alls")).isTrue();
        assertThat(RequestForPerson.matches("inte hjälp")).isTrue();
        assertThat(RequestForPerson.matches("Didn't help")).isTrue();
        assertThat(RequestForPerson.matches("didnt help")).isTrue();
        assertThat(RequestForPerson.matches("did not help at all")).isTrue();
        assertThat(RequestForPerson.matches("Not helpful.")).isTrue();
    }

    @Test
    void aPhraseMustBeWholeWordsAtTheStart() {
        assertThat(RequestForPerson.matches("Personalen på biblioteket var trevlig")).isFalse();
        assertThat(RequestForPerson.matches("agenten")).isFalse();
        assertThat(RequestForPerson.matches("Inte hjälpsamt")).isFalse();
        assertThat(RequestForPerson.matches("Jag vill prata med en människa")).isFalse();
    }

    @Test
    void onlyShortMessagesCount() {
        assertThat(RequestForPerson.matches("person som ligger skadad vid busshållplatsen på Storgatan nu")).isFalse();
        assertThat(RequestForPerson.matches("människa tack jag vill prata med någon nu")).isTrue();
    }

    @Test
    void emptyTextIsNoRequest() {
        assertThat(RequestForPerson.matches("")).isFalse();
        assertThat(RequestForPerson.matches(" ?! ")).isFalse();
    }
}
