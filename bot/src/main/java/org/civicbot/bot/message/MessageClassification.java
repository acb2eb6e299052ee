package org.civicbot.bot.message;

import org.civicbot.classifier.Classification;
import org.civicbot.classifier.location.Location;

/** What the classifier said about a message, in the flat form the {@code message} row stores. */
public record MessageClassification(
        String language,
        String category,
        double categoryConfidence,
        String topic,
        double topicConfidence,
        String locationKind,
        String locationText,
        String locationNormalized,
        String modelVersion) {

    public static MessageClassification of(Classification classification) {
        Location location = classification.primaryLocation().orElse(null);
        return new MessageClassification(
                classification.language(),
                classification.category().name(),
                classification.categoryConfidence(),
                classification.topic().name(),
                classification.topicConfidence(),
                location == null ? null : location.kind().name(),
                location == null ? null : location.text(),
                location == null ? null : location.normalized(),
                classification.modelVersion());
    }
}
