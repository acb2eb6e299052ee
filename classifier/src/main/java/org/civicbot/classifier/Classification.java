package org.civicbot.classifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Confidences are in [0,1]. language is an ISO 639-1 code ("sv", "en") or "und" when undetermined. */
public record Classification(Category category, double categoryConfidence, Topic topic, double topicConfidence,
                             String language, List<LocationMention> locations) {

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** The best location mention (first ADDRESS, else first of any kind), if any. */
    public Optional<LocationMention> primaryLocation() {
        return locations.stream().filter(l -> l.kind() == LocationKind.ADDRESS).findFirst()
                .or(() -> locations.stream().findFirst());
    }
}
