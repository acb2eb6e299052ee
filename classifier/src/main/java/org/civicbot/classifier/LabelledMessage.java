package org.civicbot.classifier;

import java.util.List;
import java.util.Objects;

import org.civicbot.classifier.location.Location;

/**
 * A message with its correct labels: a line of the training corpus, or a staff correction.
 *
 * @param split     {@code train} or {@code test} (the held-out split); corrections are {@code train}
 * @param locations the place mentions, with offsets into {@code text}
 */
public record LabelledMessage(String id, String split, String language, Category category, Topic topic,
                              String text, List<Location> locations) {

    public static final String TRAIN = "train";
    public static final String TEST = "test";

    public LabelledMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    public boolean heldOut() {
        return TEST.equals(split);
    }
}
