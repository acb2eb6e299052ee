package org.civicbot.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies a citizen message: category, topic, language and locations. This version scores weighted
 * cue words from a bundled lexicon; a trained model replaces the insides later, behind the same API.
 * Thread-safe; create once, call from many threads.
 */
public final class MessageClassifier {

    static final String LEXICON_RESOURCE = "lexicon.tsv";

    /**
     * Pseudo-count spread evenly over the labels before normalising, so one weak cue gives a low confidence,
     * several agreeing cues a high one, and no cues at all an even (low) spread.
     */
    private static final double CATEGORY_PRIOR = 1.5;
    private static final double TOPIC_PRIOR = 1.0;

    private final Lexicon lexicon;
    private final LocationExtractor locations;

    private MessageClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.locations = new LocationExtractor(lexicon);
    }

    /** Loads the bundled lexicon from the classpath. */
    public static MessageClassifier withDefaultModel() {
        try (InputStream in = MessageClassifier.class.getResourceAsStream(LEXICON_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classifier resource missing: " + LEXICON_RESOURCE);
            }
            return new MessageClassifier(Lexicon.load(in, Map.of(
                    Lexicon.CATEGORY, Lexicon.names(Category.values()),
                    Lexicon.TOPIC, Lexicon.names(Topic.values()),
                    Lexicon.LANGUAGE, Set.of("sv", "en"),
                    Lexicon.LOCATIVE, Set.of(),
                    Lexicon.NOT_STREET, Set.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Never null; null or blank text gives OTHER/OTHER/"und" with confidence 0 and no locations. */
    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(Category.OTHER, 0, Topic.OTHER, 0, "und", List.of());
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
                language(text, tokens), locations.extract(text, folded));
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
