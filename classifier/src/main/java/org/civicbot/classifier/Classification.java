package org.civicbot.classifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the classifier decided about one message.
 *
 * @param categoryConfidence the model's probability for the category, in [0,1]
 * @param topicConfidence    the model's probability for the topic, in [0,1]
 * @param language           ISO 639-1 code ("sv", "en", "fi", "ar", "so", "fa", "pl") or "und" when the text
 *                           has no letters
 * @param locations          place mentions, in text order
 * @param modelVersion       the model that decided, as recorded with every classification
 */
public record Classification(Category category, double categoryConfidence, Topic topic, double topicConfidence,
                             String language, List<LocationMention> locations, String modelVersion) {

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(modelVersion, "modelVersion");
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** The best location mention (first ADDRESS, else first of any kind), if any. */
    public Optional<LocationMention> primaryLocation() {
        return locations.stream().filter(l -> l.kind() == LocationKind.ADDRESS).findFirst()
                .or(() -> locations.stream().findFirst());
    }
}
