package org.civicbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.sv.SwedishMinimalStemmer;

/**
 * Splits Swedish compounds into known words: "sophamtning" → "sop" + "hamtning", "gatubelysningen" → "gatu"
 * + "belysningen", "bibliotekskortet" → "biblioteks" + "kortet". Works on folded words before stemming; a part
 * is known when it, or its stem, is a word of the wiki being indexed or of a small bundled list of common
 * compound parts. That keeps "parkering" whole (no "ering") without a dictionary of all Swedish.
 *
 * <p>Swedish joins parts with a linking "s" ("bygglovsansökan") or by changing the first part's last vowel
 * ("gata" → "gatu-"), so a head may end in one extra letter of those; the part emitted is the known word
 * without it, and the stemmer that follows reduces it like any other word.
 */
final class CompoundSplitter {

    private static final int MIN_WORD = 6;
    private static final int MIN_PART = 3;
    /** A last part of three letters is too often an inflection ("-ing", "-tar", "-ger") to count as a word. */
    private static final int MIN_TAIL = 4;
    private static final int MAX_DEPTH = 3;
    private static final int CACHE_LIMIT = 200_000;
    private static final String BUNDLED = "compound-parts-sv.txt";

    private final Set<String> known;
    /** Words recur across articles and questions; splitting each once keeps indexing and answering quick. */
    private final Map<String, List<int[]>> cache = new ConcurrentHashMap<>();

    private CompoundSplitter(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    /** Knows the bundled parts and every word of the given texts, as folded by the Swedish chain. */
    static CompoundSplitter of(Collection<String> texts) {
        Set<String> known = new HashSet<>();
        Analysis chain = Analysis.SWEDISH;
        Analyzer folding = chain.wordAnalyzer();
        List<String> words = new ArrayList<>();
        for (String part : bundledParts()) {
            words.addAll(Analysis.terms(folding, part));
        }
        for (String text : texts) {
            words.addAll(Analysis.terms(folding, text));
        }
        for (String word : words) {
            if (word.length() >= MIN_PART && word.chars().allMatch(Character::isLetter)) {
                known.add(word);
                known.add(stem(word));
            }
        }
        known.removeIf(w -> w.length() < MIN_PART || chain.isStopWord(w));
        return new CompoundSplitter(known);
    }

    /**
     * Where the word's parts are, as (start, length) pairs into it; empty when it is not a compound of known
     * words.
     */
    List<int[]> split(CharSequence word) {
        if (word.length() < MIN_WORD) {
            return List.of();
        }
        String w = word.toString();
        List<int[]> cached = cache.get(w);
        if (cached != null) {
            return cached;
        }
        List<int[]> parts = new ArrayList<>();
        List<int[]> result = split(w, 0, 0, parts) ? List.copyOf(parts) : List.of();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(w, result);
        }
        return result;
    }

    private boolean split(String word, int start, int depth, List<int[]> parts) {
        int end = word.length();
        // Longest head first: "atervinningscentral" is "atervinning" + "central", not "ater" + "vinningscentral".
        for (int cut = end - MIN_TAIL; cut >= start + MIN_PART; cut--) {
            int head = headLength(word, start, cut);
            if (head < 0) {
                continue;
            }
            int mark = parts.size();
            parts.add(new int[] {start, head});
            if (isKnownEnding(word.substring(cut))) {
                parts.add(new int[] {cut, end - cut});
                return true;
            }
            if (depth + 1 < MAX_DEPTH && end - cut >= MIN_WORD && split(word, cut, depth + 1, parts)) {
                return true;
            }
            parts.subList(mark, parts.size()).clear();
        }
        return false;
    }

    /** Length of the known word that word[start, cut) is (maybe followed by a linking letter), or -1. */
    private int headLength(String word, int start, int cut) {
        String head = word.substring(start, cut);
        if (known.contains(head)) {
            return head.length();
        }
        char last = head.charAt(head.length() - 1);
        boolean linking = last == 's' || last == 'a' || last == 'e' || last == 'o' || last == 'u';
        if (linking && head.length() > MIN_PART && known.contains(head.substring(0, head.length() - 1))) {
            return head.length() - 1;
        }
        return -1;
    }

    /** A head is inside the word and so uninflected; the last part carries the word's ending and is stemmed. */
    private boolean isKnownEnding(String part) {
        return known.contains(part) || known.contains(stem(part));
    }

    /** The Swedish chain's stemming of one word, without a token stream. */
    static String stem(String word) {
        char[] buffer = word.toCharArray();
        return new String(buffer, 0, new SwedishMinimalStemmer().stem(buffer, buffer.length));
    }

    private static List<String> bundledParts() {
        try (InputStream in = CompoundSplitter.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the knowledge jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
