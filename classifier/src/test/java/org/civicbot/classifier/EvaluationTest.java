package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final List<String> LABELS = List.of("A", "B", "C");

    @Test
    void accuracyMacroF1AndConfusion() {
        Evaluation e = Evaluation.of(LABELS, List.of("A", "A", "B", "B"), List.of("A", "B", "B", "B"), null);

        assertThat(e.accuracy()).isEqualTo(0.75);
        // F1(A) = 2·1/(2+1) = 0.667, F1(B) = 2·2/(2+3) = 0.8; C never occurs and is left out.
        assertThat(e.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, within(1e-9));
        assertThat(e.confusion()[0]).containsExactly(1, 1, 0);
        assertThat(e.report("t")).contains("accuracy 0.750").contains("macro-F1 0.733");
    }

    @Test
    void calibrationErrorIsZeroWhenConfidenceMatchesHitRate() {
        Evaluation calibrated = Evaluation.of(LABELS, List.of("A", "A"), List.of("A", "B"), List.of(0.5, 0.5));
        Evaluation overconfident = Evaluation.of(LABELS, List.of("A", "A"), List.of("A", "B"), List.of(0.99, 0.99));

        assertThat(calibrated.calibrationError()).isCloseTo(0, within(1e-9));
        assertThat(overconfident.calibrationError()).isCloseTo(0.49, within(1e-9));
    }
}
