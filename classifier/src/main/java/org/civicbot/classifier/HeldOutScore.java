package org.civicbot.classifier;

import java.util.Arrays;
import java.util.List;

/**
 * A classifier's figures on the held-out split, as used to decide whether a retrained model may replace the
 * one in use: it may when it is not worse on either category macro-F1 or topic accuracy.
 */
public record HeldOutScore(double categoryMacroF1, double topicAccuracy, int count) {

    public static HeldOutScore of(MessageClassifier classifier, List<LabelledMessage> heldOut) {
        List<Classification> predictions = heldOut.stream().map(m -> classifier.classify(m.text())).toList();
        return new HeldOutScore(categories(heldOut, predictions).macroF1(), topics(heldOut, predictions).accuracy(),
                heldOut.size());
    }

    public boolean notWorseThan(HeldOutScore other) {
        return categoryMacroF1 >= other.categoryMacroF1 && topicAccuracy >= other.topicAccuracy;
    }

    static Evaluation categories(List<LabelledMessage> gold, List<Classification> predicted) {
        return Evaluation.of(names(Category.values()), gold.stream().map(m -> m.category().name()).toList(),
                predicted.stream().map(c -> c.category().name()).toList(),
                predicted.stream().map(Classification::categoryConfidence).toList());
    }

    static Evaluation topics(List<LabelledMessage> gold, List<Classification> predicted) {
        return Evaluation.of(names(Topic.values()), gold.stream().map(m -> m.topic().name()).toList(),
                predicted.stream().map(c -> c.topic().name()).toList(),
                predicted.stream().map(Classification::topicConfidence).toList());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
