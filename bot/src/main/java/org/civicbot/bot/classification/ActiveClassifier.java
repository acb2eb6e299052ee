package org.civicbot.bot.classification;

import java.util.concurrent.atomic.AtomicReference;

import org.civicbot.classifier.Classification;
import org.civicbot.classifier.ClassifierModel;
import org.civicbot.classifier.MessageClassifier;
import org.civicbot.classifier.location.LocationExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The classifier the pipeline uses now: the latest retrained model that proved not worse on the held-out
 * split, or the bundled one, always finding places with the municipality's own names. Swapped atomically; a
 * classification in progress finishes on the model it started with, and records that model's version.
 */
@Component
public class ActiveClassifier {

    private static final Logger log = LoggerFactory.getLogger(ActiveClassifier.class);

    private final ClassifierModelRepository models;
    private final LocationExtractor locations;
    private final AtomicReference<MessageClassifier> current;

    public ActiveClassifier(ClassifierModelRepository models, LocationExtractor locations) {
        this.models = models;
        this.locations = locations;
        this.current = new AtomicReference<>(models.loadActive()
                .map(this::withModel)
                .orElseGet(() -> MessageClassifier.withDefaultModel().withLocations(locations)));
        log.info("Classifier model {} in use", current.get().modelVersion());
    }

    public Classification classify(String text) {
        return current.get().classify(text);
    }

    public MessageClassifier current() {
        return current.get();
    }

    /** A classifier with this model and the municipality's place names. */
    MessageClassifier withModel(ClassifierModel model) {
        return MessageClassifier.withModel(model).withLocations(locations);
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
                .ifPresent(model -> use(withModel(model)));
    }
}
