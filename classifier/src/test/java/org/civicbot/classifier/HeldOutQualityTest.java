package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A guard against a corpus or feature change that quietly makes the bot worse. On the held-out split the
 * bundled model must meet the project's bar for category (macro-F1 ≥ 0.90), topic (accuracy ≥ 0.85) and
 * language (≥ 0.97 on texts of 3+ words), and beat the keyword baseline on each.
 */
class HeldOutQualityTest {

    private static final List<LabelledMessage> HELD_OUT = TrainingCorpus.bundled().stream()
            .filter(LabelledMessage::heldOut).toList();

    @Test
    void categoryAndTopicMeetTheBarAndBeatTheBaseline() {
        HeldOutScore model = HeldOutScore.of(MessageClassifier.withDefaultModel(), HELD_OUT);
        KeywordBaseline baseline = new KeywordBaseline(Lexicon.bundled());
        List<Classification> baselinePredictions = HELD_OUT.stream().map(m -> baseline.classify(m.text())).toList();

        assertThat(model.categoryMacroF1()).isGreaterThanOrEqualTo(0.90)
                .isGreaterThan(HeldOutScore.categories(HELD_OUT, baselinePredictions).macroF1());
        assertThat(model.topicAccuracy()).isGreaterThanOrEqualTo(0.85)
                .isGreaterThan(HeldOutScore.topics(HELD_OUT, baselinePredictions).accuracy());
    }

    @Test
    void languageIsRightOnTextsOfThreeWordsOrMore() {
        MessageClassifier classifier = MessageClassifier.withDefaultModel();
        List<LabelledMessage> longEnough = HELD_OUT.stream().filter(m -> m.text().strip().split("\\s+").length >= 3).toList();

        long right = longEnough.stream().filter(m -> classifier.classify(m.text()).language().equals(m.language())).count();

        assertThat(right / (double) longEnough.size()).isGreaterThanOrEqualTo(0.97);
    }
}
