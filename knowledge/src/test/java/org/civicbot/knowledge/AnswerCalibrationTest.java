package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AnswerCalibrationTest {

    private static AnswerFeatures features(double coverage, double margin) {
        return new AnswerFeatures(coverage, coverage / 2, coverage, coverage, margin, 1 - coverage, 0, 4);
    }

    /** Right answers have high coverage and margin, wrong ones low, with noise: a learnable, imperfect set. */
    private static List<AnswerCalibration.Example> examples() {
        Random random = new Random(7);
        List<AnswerCalibration.Example> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean right = random.nextDouble() < 0.6;
            double base = right ? 0.75 : 0.35;
            out.add(new AnswerCalibration.Example(features(clamp(base + random.nextGaussian() * 0.2),
                    clamp(base - 0.2 + random.nextGaussian() * 0.2)), right, right || i % 2 == 0));
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Test
    void fittedProbabilityRisesWithCoverageAndMargin() {
        AnswerCalibration c = AnswerCalibration.fit(examples(), 0.05);

        assertThat(c.probability(features(0.9, 0.8))).isGreaterThan(c.probability(features(0.5, 0.4)))
                .isGreaterThan(0.5);
        assertThat(c.probability(features(0.1, 0.0))).isLessThan(0.5);
    }

    @Test
    void thresholdKeepsWrongAnswersWithinTheTargetOnTheFittedQuestions() {
        List<AnswerCalibration.Example> examples = examples();
        AnswerCalibration c = AnswerCalibration.fit(examples, 0.05);

        long wrong = examples.stream().filter(e -> !e.correct() && c.probability(e.features()) >= c.threshold()).count();
        long answered = examples.stream().filter(e -> c.probability(e.features()) >= c.threshold()).count();
        assertThat((double) wrong / examples.size()).isLessThanOrEqualTo(0.05);
        assertThat(answered).isGreaterThan(50);
    }

    @Test
    void formatIsReadBack() {
        AnswerCalibration c = AnswerCalibration.fit(examples(), 0.05);

        AnswerCalibration back = AnswerCalibration.parse(c.format("test"));

        assertThat(back.threshold()).isCloseTo(c.threshold(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(back.weights()).containsExactly(c.weights(), org.assertj.core.data.Offset.offset(1e-6));
        assertThatThrownBy(() -> AnswerCalibration.parse("threshold=0.5")).hasMessageContaining("weights");
    }
}
