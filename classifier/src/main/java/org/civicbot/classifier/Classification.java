package org.civicbot.classifier;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.civicbot.classifier.location.Location;

/**
 * What the classifier decided about one message.
 *
 * @param categoryConfidence the model's probability for the category, in [0,1]
 * @param topicConfidence    the model's probability for the topic, in [0,1]
 * @param language           ISO 639-1 code ("sv", "en", "fi", "ar", "so", "fa", "pl") or "und" when the text
 *                           has no letters
 * @param locations          place mentions in the text, in text order, not geocoded
 * @param modelVersion       the model that decided, as recorded with every classification
 */
public record Classification(Category category, double categoryConfidence, Topic topic, double topicConfidence,
                             String language, List<Location> locations, String modelVersion) {

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(modelVersion, "modelVersion");
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /**
     * The most precise kind of mention (coordinates, asset, address, intersection, street, place, postcode),
     * the first in the text among equals; geocoding may refine the choice.
     */
    public Optional<Location> primaryLocation() {
        return locations.stream().filter(l -> l.problem() == null)
                .min(Comparator.comparing(Location::kind).thenComparingInt(Location::start));
    }
}
