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
    /** Per kind, the entries that can match at a token, looked up by the token: scoring stays fast. */
    private final Map<String, EntryIndex> indexes = new HashMap<>();
    private final Map<String, Double> locatives;

    /** Entries by their exact first word, and single-word prefix entries by their first two letters. */
    private record EntryIndex(Map<String, List<Entry>> byFirstWord, Map<String, List<Entry>> byPrefixStart,
                              List<Entry> shortPrefixes) {

        static EntryIndex of(List<Entry> entries) {
            Map<String, List<Entry>> byFirstWord = new HashMap<>();
            Map<String, List<Entry>> byPrefixStart = new HashMap<>();
            List<Entry> shortPrefixes = new ArrayList<>();
            for (Entry e : entries) {
                String first = e.words()[0];
                if (e.prefix() && e.words().length == 1) {
                    if (first.length() < 2) {
                        shortPrefixes.add(e);
                    } else {
                        byPrefixStart.computeIfAbsent(first.substring(0, 2), k -> new ArrayList<>()).add(e);
                    }
                } else {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
                }
            }
            return new EntryIndex(byFirstWord, byPrefixStart, shortPrefixes);
        }

        void candidates(String token, List<Entry> out) {
            out.clear();
            out.addAll(byFirstWord.getOrDefault(token, List.of()));
            if (token.length() >= 2) {
                out.addAll(byPrefixStart.getOrDefault(token.substring(0, 2), List.of()));
            }
            out.addAll(shortPrefixes);
        }
    }

    private Lexicon(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
        byKind.forEach((kind, entries) -> indexes.put(kind, EntryIndex.of(entries)));
        Map<String, Double> loc = new HashMap<>();
        for (Entry e : entries(LOCATIVE)) {
            loc.put(String.join(" ", e.words()), e.weight());
        }
        this.locatives = Map.copyOf(loc);
    }

    /** The bundled {@code lexicon.tsv}, parsed once: it is immutable and shared by model and baseline. */
    static Lexicon bundled() {
        return Bundled.LEXICON;
    }

    private static final class Bundled {
        static final Lexicon LEXICON = parseBundled();
    }

    private static Lexicon parseBundled() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("classifier resource missing: lexicon.tsv");
            }
            return load(in, Map.of(
                    CATEGORY, names(Category.values()),
                    TOPIC, names(Topic.values()),
                    LANGUAGE, Set.of("sv", "en"),
                    LOCATIVE, Set.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        EntryIndex index = indexes.get(kind);
        if (index == null) {
            return scores;
        }
        boolean topic = TOPIC.equals(kind);
        Map<String, Double> best = new HashMap<>();
        List<Entry> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            best.clear();
            index.candidates(tokens.get(i).text(), candidates);
            for (Entry e : candidates) {
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

    static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
