package org.civicbot.classifier;

import java.util.Objects;

/**
 * A location found in the text; start/end are char offsets into the classified text (end exclusive).
 * {@code text} is the text as written, {@code normalized} a canonical form (e.g. "Kungsgatan 3A", "652 24").
 */
public record LocationMention(LocationKind kind, String text, int start, int end, String normalized) {

    public LocationMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
