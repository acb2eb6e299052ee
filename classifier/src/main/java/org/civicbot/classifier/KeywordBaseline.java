package org.civicbot.classifier;

import java.util.List;
import java.util.Map;

/**
 * The baseline the trained model is measured against: weighted cue words from a hand-written lexicon
 * ({@code lexicon.tsv}) for category and topic, and function words for Swedish versus English. It was
 * civicbot's first classifier; {@code evaluate} scores it on the same held-out split as the model.
 */
final class KeywordBaseline {

    /**
     * Pseudo-count spread evenly over the labels before normalising, so one weak cue gives a low confidence,
     * several agreeing cues a high one, and no cues at all an even (low) spread.
     */
    private static final double CATEGORY_PRIOR = 1.5;
    private static final double TOPIC_PRIOR = 1.0;
    static final String VERSION = "keyword-baseline";

    private final Lexicon lexicon;

    KeywordBaseline(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Category, topic and language by cue words; no locations. */
    Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(Category.OTHER, 0, Topic.OTHER, 0, "und", List.of(), VERSION);
        }
        String folded = Text.fold(text);
        List<Text.Token> tokens = Text.tokenize(folded);

        Map<String, Double> categoryScores = lexicon.score(Lexicon.CATEGORY, tokens);
        // A fault report that also complains is still a fault report: the complaint backs the fault.
        double fault = categoryScores.getOrDefault(Category.FAULT.name(), 0.0);
        Double opinion = categoryScores.get(Category.OPINION.name());
        if (fault > 0 && opinion != null) {
            categoryScores.put(Category.FAULT.name(), fault + opinion);
            categoryScores.remove(Category.OPINION.name());
        }
        Category category = best(Category.values(), categoryScores, Category.OTHER);
        Map<String, Double> topicScores = lexicon.score(Lexicon.TOPIC, tokens);
        Topic topic = best(Topic.values(), topicScores, Topic.OTHER);

        return new Classification(
                category, confidence(category, Category.values(), categoryScores, CATEGORY_PRIOR),
                topic, confidence(topic, Topic.values(), topicScores, TOPIC_PRIOR),
                language(text, tokens), List.of(), VERSION);
    }

    /** The highest-scoring label; ties go to the earlier enum constant; no cues at all give the fallback. */
    private static <E extends Enum<E>> E best(E[] labels, Map<String, Double> scores, E fallback) {
        E best = fallback;
        double bestScore = 0;
        for (E label : labels) {
            double s = scores.getOrDefault(label.name(), 0.0);
            if (s > bestScore) {
                best = label;
                bestScore = s;
            }
        }
        return best;
    }

    /** Smoothed share of the chosen label in the total score: (s + prior/n) / (sum + prior). */
    private static <E extends Enum<E>> double confidence(E chosen, E[] labels, Map<String, Double> scores,
                                                         double prior) {
        double sum = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        return (scores.getOrDefault(chosen.name(), 0.0) + prior / labels.length) / (sum + prior);
    }

    /**
     * "sv" or "en" by weighted function words, plus å/ä/ö which only Swedish uses here. Most messages are
     * Swedish, so a tie is "sv"; a text without any letter (emoji only) is "und".
     */
    private String language(String text, List<Text.Token> tokens) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return "und";
        }
        Map<String, Double> scores = lexicon.score(Lexicon.LANGUAGE, tokens);
        double sv = scores.getOrDefault("sv", 0.0);
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö' -> sv++;
                default -> { }
            }
        }
        return scores.getOrDefault("en", 0.0) > sv ? "en" : "sv";
    }
}
