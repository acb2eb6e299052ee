package org.civicbot.bot.classification;

import java.util.concurrent.atomic.AtomicReference;

import org.civicbot.classifier.Classification;
import org.civicbot.classifier.MessageClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The classifier the pipeline uses now: the latest retrained model that proved not worse on the held-out
 * split, or the bundled one. Swapped atomically; a classification in progress finishes on the model it
 * started with, and records that model's version.
 */
@Component
public class ActiveClassifier {

    private static final Logger log = LoggerFactory.getLogger(ActiveClassifier.class);

    private final ClassifierModelRepository models;
    private final AtomicReference<MessageClassifier> current;

    public ActiveClassifier(ClassifierModelRepository models) {
        this.models = models;
        this.current = new AtomicReference<>(models.loadActive()
                .map(MessageClassifier::withModel)
                .orElseGet(MessageClassifier::withDefaultModel));
        log.info("Classifier model {} in use", current.get().modelVersion());
    }

    public Classification classify(String text) {
        return current.get().classify(text);
    }

    public MessageClassifier current() {
        return current.get();
    }

    void use(MessageClassifier classifier) {
        current.set(classifier);
        log.info("Classifier model {} in use", classifier.modelVersion());
    }

    /** Picks up a model another instance activated. */
    public void refresh() {
        models.activeVersion()
                .filter(version -> !version.equals(current.get().modelVersion()))
                .flatMap(version -> models.loadActive())
                .ifPresent(model -> use(MessageClassifier.withModel(model)));
    }
}
