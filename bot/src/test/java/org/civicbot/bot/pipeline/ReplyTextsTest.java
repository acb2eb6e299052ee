package org.civicbot.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.bot.support.DefaultProperties.defaults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicbot.connectors.sms.SmsSegments;
import org.civicbot.connectors.twitter.TweetLength;
import org.civicbot.knowledge.Answer;
import org.civicbot.knowledge.Passage;
import org.civicbot.knowledge.WikiFormat;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReplyTextsTest {

    private static final String LINK = "https://karlstad.example/wiki/sophamtning-och-hamtdagar";
    private static final String HANDOVER_SV = "Svara MÄNNISKA om du vill prata med en handläggare.";
    private static final String FIRST_SENTENCE = "Restavfallet hämtas varannan vecka och matavfallet i det bruna "
            + "kärlet varje vecka.";
    private static final String PASSAGE = FIRST_SENTENCE + " I Våxnäs är hämtdagen tisdag, med restavfall jämna "
            + "veckor. I Herrhagen och Norrstrand är hämtdagen måndag, i Rud och Kronoparken onsdag, i Gruvlyckan och "
            + "Skåre torsdag och i innerstaden fredag. Din exakta hämtdag ser du i e-tjänsten Min sophämtning på "
            + "https://karlstad.example/e-tjanster, där du också kan beställa en påminnelse med sms kvällen före "
            + "hämtningen. Hammarö är en egen kommun, så bor du där vänder du dig till Hammarö kommun.";

    private final ReplyTexts texts = new ReplyTexts(messageSource(), defaults());
    private final Answer answer = answer(PASSAGE);

    @Test
    void aPassageThatFitsIsQuotedWholeWithTheLinkAndTheWayToAPerson() {
        assertThat(texts.wikiAnswer("sv", answer, LINK, "simulator"))
                .contains(PASSAGE + "\n\n" + LINK + "\n" + HANDOVER_SV);
    }

    @Test
    void onSmsALongPassageIsCutToThreeSegmentsKeepingLinkAndHandover() {
        assertThat(SmsSegments.count(PASSAGE)).isGreaterThan(3);

        String reply = texts.wikiAnswer("sv", answer, LINK, "sms").orElseThrow();

        assertThat(SmsSegments.count(reply)).isLessThanOrEqualTo(3);
        assertThat(reply).startsWith(FIRST_SENTENCE).doesNotContain("Hammarö")
                .endsWith(".\n\n" + LINK + "\n" + HANDOVER_SV);
    }

    @Test
    void onXALongPassageIsCutTo280KeepingLinkAndHandover() {
        String reply = texts.wikiAnswer("sv", answer, LINK, "twitter").orElseThrow();

        assertThat(TweetLength.fits(reply)).isTrue();
        assertThat(reply).startsWith(FIRST_SENTENCE).doesNotContain("Gruvlyckan")
                .endsWith(".\n\n" + LINK + "\n" + HANDOVER_SV);
    }

    @Test
    void theWayToAPersonIsInTheCitizensLanguage() {
        assertThat(texts.wikiAnswer("en", answer, LINK, "simulator").orElseThrow())
                .endsWith(LINK + "\nReply HUMAN to talk to a person.");
    }

    @Test
    void aChannelWithNoRoomForTheLinkGetsNoAnswer() {
        String tooLong = "https://karlstad.example/" + "a".repeat(500);

        assertThat(texts.wikiAnswer("sv", answer, tooLong, "sms")).isEmpty();
    }

    @Test
    void theHandoverAcknowledgementPromisesTheQuestionsOwnDeadline() {
        Instant deadline = Instant.parse("2026-12-01T13:00:00Z");

        assertThat(texts.handoverAcknowledgement("sv", deadline, deadline.minus(Duration.ofHours(20))))
                .isEqualTo("En handläggare tar över och svarar senast tisdag 1 december kl. 14.00.");
        assertThat(texts.handoverAcknowledgement("en", deadline, deadline.minus(Duration.ofHours(20))))
                .isEqualTo("A member of staff takes over and will reply by Tuesday 1 December at 14:00.");
    }

    @Test
    void onceTheDeadlineHasPassedTheAcknowledgementPromisesNoDate() {
        Instant deadline = Instant.parse("2026-12-01T13:00:00Z");

        assertThat(texts.handoverAcknowledgement("sv", deadline, deadline.plus(Duration.ofDays(2))))
                .isEqualTo("En handläggare tar över och svarar dig så snart som möjligt.");
    }

    private static Answer answer(String passage) {
        return new Answer(WikiFormat.parse("sophamtning-och-hamtdagar", "---\ntitle: Sophämtning\nlanguage: sv\n---\n"
                + passage + "\n"), new Passage(0, "", passage), 0.9, "test", List.of());
    }

    /** The application's own texts, read as Spring Boot reads them. */
    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
