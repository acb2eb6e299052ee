package org.civicbot.classifier.location;

import java.util.List;

/** Finds place names in free text that no list holds (a statistical model such as a CRF). */
@FunctionalInterface
public interface PlaceRecognizer {

    PlaceRecognizer NONE = text -> List.of();

    /** Character spans [start, end) of place names in the text. */
    List<int[]> places(String text);
}
