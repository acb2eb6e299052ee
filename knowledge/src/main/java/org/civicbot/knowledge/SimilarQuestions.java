package org.civicbot.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;

/**
 * Groups questions that ask the same thing in different words, for the knowledge-gap list: "när töms
 * soporna i Rud?" and "sophämtning rud när" share their stems and compound parts. Two questions are alike when
 * their analysed words overlap enough (Jaccard similarity); each question joins the first group whose first
 * question it is alike, so groups keep their meaning as they grow. Thread-safe.
 */
public final class SimilarQuestions {

    /** Share of the two questions' words they must have in common. */
    public static final double DEFAULT_SIMILARITY = 0.3;

    private final Map<Analysis, Analyzer> analyzers = new EnumMap<>(Analysis.class);
    private final double similarity;

    public SimilarQuestions(double similarity) {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in (0, 1], was " + similarity);
        }
        this.similarity = similarity;
        CompoundSplitter compounds = CompoundSplitter.of(List.of());
        for (Analysis chain : Analysis.values()) {
            analyzers.put(chain, chain.analyzer(compounds));
        }
    }

    /**
     * The items in groups of alike questions, largest group first (ties: the group seen first), each group in
     * the items' order.
     */
    public <T> List<List<T>> group(List<T> items, Function<T, String> text, Function<T, String> language) {
        List<Set<String>> heads = new ArrayList<>();
        List<List<T>> groups = new ArrayList<>();
        for (T item : items) {
            Analysis chain = Analysis.forLanguage(Languages.normalize(language.apply(item)));
            Set<String> words = new HashSet<>(Analysis.terms(analyzers.get(chain), text.apply(item)));
            int match = -1;
            for (int g = 0; g < heads.size() && match < 0; g++) {
                if (jaccard(words, heads.get(g)) >= similarity) {
                    match = g;
                }
            }
            if (match < 0) {
                heads.add(words);
                groups.add(new ArrayList<>());
                match = groups.size() - 1;
            }
            groups.get(match).add(item);
        }
        List<List<T>> sorted = new ArrayList<>(groups);
        sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return sorted.stream().map(List::copyOf).toList();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
