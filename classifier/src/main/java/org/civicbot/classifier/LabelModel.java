package org.civicbot.classifier;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.stats.Counters;

/**
 * One multi-class decision (category, or topic) as a CoreNLP maximum-entropy (multinomial logistic
 * regression) classifier with an L2 prior. Its probabilities are what the bot compares with its thresholds.
 */
final class LabelModel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A label and how probable the model thinks it is. */
    record Prediction(String label, double probability) {
    }

    private final LinearClassifier<String, String> classifier;

    private LabelModel(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    static LabelModel train(List<List<String>> features, List<String> labels, double sigma) {
        Dataset<String, String> dataset = new Dataset<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            dataset.add(new BasicDatum<>(features.get(i), labels.get(i)));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        factory.useQuasiNewton();
        return new LabelModel(factory.trainClassifier(dataset));
    }

    Prediction predict(List<String> features) {
        Counter<String> probabilities = classifier.probabilityOf(new BasicDatum<String, String>(features));
        String best = Counters.argmax(probabilities);
        return new Prediction(best, probabilities.getCount(best));
    }
}
