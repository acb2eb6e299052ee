package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour on a five-article fixture wiki; answers with threshold 0 where the ranking is under test. */
class AnswerFinderTest {

    private static Wiki wiki;
    private static AnswerFinder finder;
    private static AnswerFinder anyConfidence;

    @BeforeAll
    static void index() throws Exception {
        wiki = WikiFormat.loadDirectory(Path.of("src/test/resources/fixture-wiki"));
        finder = AnswerFinder.of(wiki);
        anyConfidence = AnswerFinder.of(wiki, AnswerCalibration.bundled().withThreshold(0));
    }

    private static String best(String question, String language) {
        Answer a = anyConfidence.answer(question, language);
        assertThat(a.abstained()).as(a.reason()).isFalse();
        return a.article().slug();
    }

    @Test
    void compoundsMatchTheirParts() {
        // The article says "hämtning av sopor"; the question "sophämtning".
        assertThat(best("sophämtningen i våxnäs", "sv")).isEqualTo("avfall-hamtning");
        // The article says "belysning"; the question "gatubelysningen".
        assertThat(best("gatubelysningen är trasig", "sv")).isEqualTo("belysning");
    }

    @Test
    void synonymsFromTheBaseListAndFromTheMunicipalityBridgeWords() {
        assertThat(best("när töms soptunnan", "sv")).isEqualTo("avfall-hamtning");
        AnswerFinder plain = AnswerFinder.of(wiki, AnswerCalibration.bundled().withThreshold(0));
        assertThat(plain.answer("fjuttarna", "sv").ranking()).isEmpty();

        AnswerFinder withOwnList = AnswerFinder.of(new Wiki(wiki.articles(), Synonyms.parse("fjutt => fjutt, lampa\n")),
                AnswerCalibration.bundled().withThreshold(0));
        assertThat(withOwnList.answer("fjuttarna", "sv").ranking().get(0).slug()).isEqualTo("belysning");
    }

    @Test
    void toleratesTyposAndMissingDiacritics() {
        assertThat(best("oppettider simhalen", "sv")).isEqualTo("simhall");
        assertThat(best("bygglv för altan", "sv")).isEqualTo("bygglov");
    }

    @Test
    void matchesTheQuestionsLanguageAndFallsBackToSwedish() {
        assertThat(best("swimming pool opening hours", "en")).isEqualTo("swimming-en");
        assertThat(best("simhallens öppettider", "sv")).isEqualTo("simhall");
        // No English article on building permits: the Swedish one is the candidate.
        assertThat(anyConfidence.answer("bygglov altan", "en").ranking().get(0).slug()).isEqualTo("bygglov");
        // Language unknown: every language is tried.
        assertThat(best("when can I swim, what does a ticket cost", null)).isEqualTo("swimming-en");
    }

    @Test
    void aConfidentTopicHintMovesOnTopicCandidatesUpButBringsInNothingNew() {
        String both = "lampa vid kärlen";
        List<String> lighting = slugs(anyConfidence.answer(both, "sv", new TopicHint("STREET_LIGHTING", 0.9)));
        List<String> waste = slugs(anyConfidence.answer(both, "sv", new TopicHint("WASTE", 0.9)));

        assertThat(lighting.subList(0, 2)).containsExactly("belysning", "avfall-hamtning");
        assertThat(waste.subList(0, 2)).containsExactly("avfall-hamtning", "belysning");
        assertThat(slugs(anyConfidence.answer(both, "sv", new TopicHint("WASTE", 0.4))))
                .isEqualTo(slugs(anyConfidence.answer(both, "sv")));
        assertThat(slugs(anyConfidence.answer("lamporna", "sv", new TopicHint("CULTURE_LEISURE", 1.0))))
                .doesNotContain("simhall");
    }

    private static List<String> slugs(Answer answer) {
        return answer.ranking().stream().map(Answer.Ranked::slug).toList();
    }

    @Test
    void quotesTheParagraphThatAnswersNotTheWholeArticle() {
        Answer a = anyConfidence.answer("vad kostar ett barnbad", "sv");

        assertThat(a.passage().text()).isEqualTo("Ett vuxenbad kostar 80 kronor och ett barnbad 40 kronor.");
        Answer missed = anyConfidence.answer("kärlet har inte tömts på hämtdagen", "sv");
        assertThat(missed.passage().heading()).isEqualTo("Missad tömning");
    }

    @Test
    void abstainsWhenNothingFits() {
        Answer a = finder.answer("Hur många invånare har Mars?", "sv");

        assertThat(a.abstained()).isTrue();
        assertThat(a.article()).isNull();
        assertThat(a.reason()).isNotBlank();
        assertThat(finder.answer("hej hej", "sv").abstained()).isTrue();
        assertThat(finder.answer("   ", "sv").reason()).contains("empty");
        assertThat(AnswerFinder.of(Wiki.of(List.of())).answer("sopor", "sv").reason()).contains("no articles");
    }

    @Test
    void confidenceIsAProbabilityAndHigherForACloseMatch() {
        double close = anyConfidence.answer("när är simhallen öppen på helger", "sv").confidence();
        double loose = anyConfidence.answer("öppen", "sv").confidence();

        assertThat(close).isBetween(0.0, 1.0).isGreaterThan(loose);
    }

    @Test
    void neverThrowsOnHostileOrHugeInput() {
        String huge = "sopor ".repeat(20_000);
        String binary = new String(new char[] {0, 1, 2, 0xFFFF, 0xD800, 'a'});
        for (String q : List.of(huge, binary, "🙂🙂🙂", "مرحبا كيف حالك", "<script>alert(1)</script>",
                "'; DROP TABLE wiki_article; --", "\u0000")) {
            Answer a = finder.answer(q, "sv");
            assertThat(a.confidence()).isBetween(0.0, 1.0);
        }
    }
}
