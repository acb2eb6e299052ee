package org.civicbot.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of looking up a question. article empty = nothing matched at all. confident = safe to answer
 * automatically. reason = human-readable why, always set.
 */
public record AnswerLookup(Optional<WikiArticle> article, double confidence, boolean confident, String reason) {

    public AnswerLookup {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reason, "reason");
        if (confident && article.isEmpty()) {
            throw new IllegalArgumentException("a confident lookup needs an article");
        }
    }

    static AnswerLookup abstain(String reason) {
        return new AnswerLookup(Optional.empty(), 0.0, false, reason);
    }
}
