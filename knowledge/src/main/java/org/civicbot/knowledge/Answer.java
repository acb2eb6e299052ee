package org.civicbot.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * What {@link AnswerFinder} makes of a question: the article and the passage that answer it, or an abstention.
 *
 * @param article    the best article; null when the finder abstains
 * @param passage    the passage of that article that answers; null when the finder abstains
 * @param confidence estimated probability that the best article answers the question (0–1), also when abstaining
 * @param reason     why, for staff: what matched, or why the bot did not answer
 * @param ranking    the candidate articles, best first (also when abstaining), for evaluation and for staff
 */
public record Answer(WikiArticle article, Passage passage, double confidence, String reason, List<Ranked> ranking) {

    public Answer {
        Objects.requireNonNull(reason, "reason");
        ranking = List.copyOf(ranking);
        if ((article == null) != (passage == null)) {
            throw new IllegalArgumentException("an answer has both an article and a passage, or neither");
        }
    }

    static Answer abstain(double confidence, String reason, List<Ranked> ranking) {
        return new Answer(null, null, confidence, reason, ranking);
    }

    public boolean abstained() {
        return article == null;
    }

    /** One candidate article and its search score. */
    public record Ranked(String slug, double score) {
    }
}
