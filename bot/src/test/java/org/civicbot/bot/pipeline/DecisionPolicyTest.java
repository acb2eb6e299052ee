package org.civicbot.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.bot.support.DefaultProperties.defaults;

import java.util.List;

import org.civicbot.classifier.Category;
import org.civicbot.classifier.Classification;
import org.civicbot.classifier.Topic;
import org.civicbot.knowledge.AnswerFinder;
import org.civicbot.knowledge.Wiki;
import org.civicbot.knowledge.WikiFormat;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

    private static final String WASTE_ARTICLE = """
            ---
            title: Sophämtning i Våxnäs
            language: sv
            topic: WASTE
            tags: [sopor, soptunna, sophämtning]
            ---
            Soptunnorna i Våxnäs töms varannan tisdag.
            """;

    private final DecisionPolicy policy = new DecisionPolicy(() -> wikiOf(WASTE_ARTICLE), defaults());

    @Test
    void aConfidentQuestionTheWikiAnswersIsAnswered() {
        Decision decision = policy.decide("När töms soptunnorna i Våxnäs?",
                classified(Category.QUESTION, 0.9, Topic.WASTE, 0.9));

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.ANSWER);
        assertThat(decision.answer().article().slug()).isEqualTo("sophamtning-vaxnas");
        assertThat(decision.answer().passage().text()).isEqualTo("Soptunnorna i Våxnäs töms varannan tisdag.");
        assertThat(decision.reason()).startsWith("Answered from the wiki: confidence");
    }

    @Test
    void aQuestionWithoutAConfidentAnswerGoesToAPersonSayingWhy() {
        Decision decision = policy.decide("Hur söker jag bygglov för en altan?",
                classified(Category.QUESTION, 0.9, Topic.PERMITS_PLANNING, 0.9));

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.TRIAGE);
        assertThat(decision.reason()).startsWith("Question without a confident wiki answer: ");
        assertThat(decision.answer().abstained()).isTrue();
    }

    @Test
    void faultsAndOpinionsWithAClearTopicOpenACase() {
        assertThat(policy.decide("x", classified(Category.FAULT, 0.8, Topic.STREET_LIGHTING, 0.7)).outcome())
                .isEqualTo(Decision.Outcome.OPEN_CASE);
        assertThat(policy.decide("x", classified(Category.OPINION, 0.8, Topic.PARKS_NATURE, 0.7)).outcome())
                .isEqualTo(Decision.Outcome.OPEN_CASE);
    }

    @Test
    void theClassifiersTopicPicksBetweenArticlesTheWordsFindAlike() {
        String lighting = """
                ---
                title: Belysning på gator
                language: sv
                topic: STREET_LIGHTING
                ---
                Trasiga lampor lagas inom två veckor.
                """;
        String waste = """
                ---
                title: Hämtning av sopor
                language: sv
                topic: WASTE
                ---
                Kärlen töms varannan tisdag.
                """;
        AnswerFinder both = AnswerFinder.of(Wiki.of(List.of(WikiFormat.parse("belysning", lighting),
                WikiFormat.parse("sophamtning", waste))));
        DecisionPolicy twoArticles = new DecisionPolicy(() -> both, defaults());

        Decision aboutWaste = twoArticles.decide("lampa vid kärlen", classified(Category.QUESTION, 0.9, Topic.WASTE, 0.9));
        Decision aboutLights = twoArticles.decide("lampa vid kärlen",
                classified(Category.QUESTION, 0.9, Topic.STREET_LIGHTING, 0.9));

        assertThat(aboutWaste.answer().ranking().get(0).slug()).isEqualTo("sophamtning");
        assertThat(aboutLights.answer().ranking().get(0).slug()).isEqualTo("belysning");
    }

    @Test
    void anUncertainCategoryOrTopicGoesToAPerson() {
        Decision unsureCategory = policy.decide("x", classified(Category.FAULT, 0.45, Topic.STREET_LIGHTING, 0.9));
        Decision unsureTopic = policy.decide("x", classified(Category.FAULT, 0.9, Topic.ROADS_PATHS, 0.3));

        assertThat(unsureCategory.outcome()).isEqualTo(Decision.Outcome.TRIAGE);
        assertThat(unsureCategory.reason()).isEqualTo("Unsure what kind of message this is: FAULT at 0.45, needs 0.60");
        assertThat(unsureTopic.outcome()).isEqualTo(Decision.Outcome.TRIAGE);
        assertThat(unsureTopic.reason()).isEqualTo("FAULT, but unsure which service it concerns: ROADS_PATHS at 0.30, needs 0.50");
    }

    @Test
    void thanksAndGreetingsNeedNoAction() {
        assertThat(policy.decide("Tack!", classified(Category.OTHER, 0.9, Topic.OTHER, 0.9)).outcome())
                .isEqualTo(Decision.Outcome.NO_ACTION);
    }

    /** A wiki with this one article published. */
    private static AnswerFinder wikiOf(String article) {
        return AnswerFinder.of(Wiki.of(List.of(WikiFormat.parse("sophamtning-vaxnas", article))));
    }

    private static Classification classified(Category category, double categoryConfidence, Topic topic,
                                              double topicConfidence) {
        return new Classification(category, categoryConfidence, topic, topicConfidence, "sv", List.of(), "test");
    }
}
