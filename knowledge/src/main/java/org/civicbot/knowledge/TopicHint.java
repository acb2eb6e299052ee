package org.civicbot.knowledge;

import java.util.Objects;

/**
 * What the classifier thinks a question is about: a topic code as articles carry it ({@code WASTE}, …) and how
 * sure it is. A confident hint moves articles of that topic up among the candidates the search found; it
 * never brings in an article the words did not find.
 */
public record TopicHint(String topic, double confidence) {

    public TopicHint {
        Objects.requireNonNull(topic, "topic");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }
}
