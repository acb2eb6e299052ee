package org.civicbot.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted cue words read from {@code lexicon.tsv}. A term ending in {@code *} matches any word starting
 * with it (inflections and compounds); other terms match whole words. Multi-word terms match consecutive
 * tokens. Terms are folded on load, so the file can be written with proper å/ä/ö.
 */
final class Lexicon {

    static final String CATEGORY = "category";
    static final String TOPIC = "topic";
    static final String LANGUAGE = "language";
    /** Words like "vid"/"near": a topic cue right after one names a place, not the subject, so counts less. */
    static final String LOCATIVE = "locative";
    /** Words that look like street names but are common nouns (cykelvägen, motorvägen). */
    static final String NOT_STREET = "not-street";

    record Entry(String kind, String label, double weight, String[] words, boolean prefix) {

        /** Whether this entry matches the tokens starting at index i. */
        boolean matchesAt(List<Text.Token> tokens, int i) {
            if (i + words.length > tokens.size()) {
                return false;
            }
            int last = words.length - 1;
            for (int k = 0; k < last; k++) {
                if (!tokens.get(i + k).text().equals(words[k])) {
                    return false;
                }
            }
            String token = tokens.get(i + last).text();
            return prefix ? token.startsWith(words[last]) : token.equals(words[last]);
        }
    }

    private final Map<String, List<Entry>> byKind;
    private final Map<String, Double> locatives;

    private Lexicon(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
        Map<String, Double> loc = new HashMap<>();
        for (Entry e : entries(LOCATIVE)) {
            loc.put(String.join(" ", e.words()), e.weight());
        }
        this.locatives = Map.copyOf(loc);
    }

    static Lexicon load(InputStream in, Map<String, Set<String>> allowedLabels) {
        Map<String, List<Entry>> byKind = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = trimmed.split("\t+");
                if (cols.length != 4) {
                    throw new IllegalStateException("lexicon line " + number + ": expected 4 tab-separated columns");
                }
                String kind = cols[0].strip();
                String label = cols[1].strip();
                Set<String> labels = allowedLabels.get(kind);
                if (labels == null || !labels.isEmpty() && !labels.contains(label)) {
                    throw new IllegalStateException("lexicon line " + number + ": unknown " + kind + " " + label);
                }
                double weight = Double.parseDouble(cols[2].strip());
                String term = Text.fold(cols[3].strip());
                boolean prefix = term.endsWith("*");
                if (prefix) {
                    term = term.substring(0, term.length() - 1);
                }
                String[] words = Text.tokenize(term).stream().map(Text.Token::text).toArray(String[]::new);
                if (words.length == 0) {
                    throw new IllegalStateException("lexicon line " + number + ": empty term");
                }
                byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Entry(kind, label, weight, words, prefix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new Lexicon(Map.copyOf(byKind));
    }

    List<Entry> entries(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /**
     * Sums cue weights per label. At each token position a label counts once, with its strongest matching
     * entry, so overlapping entries (gatlamp*, lamp*) do not double-count.
     */
    Map<String, Double> score(String kind, List<Text.Token> tokens) {
        Map<String, Double> scores = new HashMap<>();
        List<Entry> entries = entries(kind);
        boolean topic = TOPIC.equals(kind);
        Map<String, Double> best = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            best.clear();
            for (Entry e : entries) {
                if (e.matchesAt(tokens, i)) {
                    best.merge(e.label(), e.weight(), Math::max);
                }
            }
            if (best.isEmpty()) {
                continue;
            }
            double factor = topic && i > 0 ? locatives.getOrDefault(tokens.get(i - 1).text(), 1.0) : 1.0;
            best.forEach((label, w) -> scores.merge(label, w * factor, Double::sum));
        }
        return scores;
    }

    /** Whether a folded word is listed as a common noun that only looks like a street name. */
    boolean isNotStreet(String foldedWord) {
        for (Entry e : entries(NOT_STREET)) {
            String w = e.words()[0];
            if (e.prefix() ? foldedWord.startsWith(w) : foldedWord.equals(w)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
