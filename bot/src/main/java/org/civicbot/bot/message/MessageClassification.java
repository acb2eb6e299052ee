package org.civicbot.bot.message;

import java.util.List;

import org.civicbot.bot.location.StoredLocation;
import org.civicbot.classifier.Classification;
import org.civicbot.classifier.location.Location;

/**
 * What the pipeline made of a message, in the form the {@code message} row stores: the classifier's labels
 * and every location the message gives, placed on the map.
 *
 * @param location  the best location, the one a case gets; null when the message gives none that is usable
 * @param locations all of them, best first
 */
public record MessageClassification(
        String language,
        String category,
        double categoryConfidence,
        String topic,
        double topicConfidence,
        StoredLocation location,
        List<StoredLocation> locations,
        String modelVersion) {

    public MessageClassification {
        locations = List.copyOf(locations);
    }

    /**
     * @param located the message's locations as the locator ordered them, best first; the first without a
     *                known problem is the best
     */
    public static MessageClassification of(Classification classification, List<Location> located) {
        return new MessageClassification(
                classification.language(),
                classification.category().name(),
                classification.categoryConfidence(),
                classification.topic().name(),
                classification.topicConfidence(),
                located.stream().filter(l -> l.problem() == null).findFirst().map(StoredLocation::of).orElse(null),
                located.stream().map(StoredLocation::of).toList(),
                classification.modelVersion());
    }
}
