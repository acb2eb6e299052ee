package org.civicbot.classifier.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicbot.classifier.Text;

/**
 * The municipality's street and place names, for finding them in messages the way citizens write them:
 * without å/ä/ö ("Vaxnas"), with a typo ("Storgatn"), in the genitive ("Storgatans"), or abbreviated
 * ("storg", "Drottningg.", "rudsv"). Matching is on folded words, one to five words long.
 */
public final class PlaceNames {

    /** A known name: its canonical spelling and whether it is a street or a place. */
    public record Name(String canonical, LocationKind kind) {
    }

    /**
     * A name found at words [first, first + length) of the message; {@code exact} is false for typos and
     * abbreviations, {@code genitive} true when the last word carries an extra "s" ("Storgatans").
     */
    record Match(Name name, int first, int length, boolean exact, boolean genitive) {
    }

    private static final int MAX_WORDS = 5;

    /** Folded spelling (words joined by one space) → name. */
    private final Map<String, Name> byFolded = new HashMap<>();
    /** Single-word canonical names (folded) by length, for typo matching; aliases like "Storg" are left out. */
    private final Map<Integer, List<String>> singleWordsByLength = new HashMap<>();

    private PlaceNames() {
    }

    public static PlaceNames empty() {
        return new PlaceNames();
    }

    /** Adds a name with its other spellings (aliases); returns this for chaining. */
    public PlaceNames add(LocationKind kind, String canonical, List<String> aliases) {
        if (kind != LocationKind.STREET && kind != LocationKind.PLACE) {
            throw new IllegalArgumentException("names are streets or places, not " + kind);
        }
        Name name = new Name(canonical, kind);
        List<String> spellings = new ArrayList<>(aliases);
        spellings.add(0, canonical);
        for (String spelling : spellings) {
            String folded = String.join(" ", words(Text.fold(spelling)));
            if (folded.isEmpty() || byFolded.containsKey(folded)) {
                continue;
            }
            byFolded.put(folded, name);
            if (spelling.equals(canonical) && !folded.contains(" ")) {
                singleWordsByLength.computeIfAbsent(folded.length(), k -> new ArrayList<>()).add(folded);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return byFolded.isEmpty();
    }

    public Optional<Name> lookup(String written) {
        String folded = String.join(" ", words(Text.fold(written)));
        return Optional.ofNullable(byFolded.get(folded)).or(() -> fuzzy(folded).map(Match::name));
    }

    /**
     * The longest name starting at word {@code i} of the folded words: exact, then the genitive or an
     * abbreviation, then (one word, 6+ letters) a typo.
     */
    Optional<Match> at(List<String> foldedWords, int i) {
        for (int n = Math.min(MAX_WORDS, foldedWords.size() - i); n >= 1; n--) {
            String phrase = String.join(" ", foldedWords.subList(i, i + n));
            Name name = byFolded.get(phrase);
            if (name != null) {
                return Optional.of(new Match(name, i, n, true, false));
            }
            if (phrase.endsWith("s") && phrase.length() > 4) {
                name = byFolded.get(phrase.substring(0, phrase.length() - 1)); // "Storgatans", "Kronoparkens"
                if (name != null) {
                    return Optional.of(new Match(name, i, n, true, true));
                }
            }
        }
        String word = foldedWords.get(i);
        return abbreviation(word).or(() -> fuzzy(word)).map(m -> new Match(m.name(), i, 1, false, false));
    }

    /** "storg" / "storg." / "storgt" → Storgatan, "rudsv" → Rudsvägen: the stem must name a known street. */
    private Optional<Match> abbreviation(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        List<String> expansions = new ArrayList<>();
        if (w.endsWith("gt")) {
            expansions.add(w.substring(0, w.length() - 2) + "gatan");
        } else if (w.endsWith("g")) {
            expansions.add(w.substring(0, w.length() - 1) + "gatan");
        } else if (w.endsWith("v")) {
            expansions.add(w.substring(0, w.length() - 1) + "vagen");
        }
        for (String expanded : expansions) {
            Name name = byFolded.get(expanded);
            if (name != null && name.kind() == LocationKind.STREET && w.length() >= 4) {
                return Optional.of(new Match(name, 0, 1, false, false));
            }
        }
        return Optional.empty();
    }

    /** One edit (two for 10+ letters) away from a one-word name of similar length, same first letter. */
    private Optional<Match> fuzzy(String word) {
        if (word.length() < 6 || word.contains(" ")) {
            return Optional.empty();
        }
        int allowed = word.length() >= 10 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (int len = word.length() - allowed; len <= word.length() + allowed; len++) {
            for (String candidate : singleWordsByLength.getOrDefault(len, List.of())) {
                if (candidate.charAt(0) != word.charAt(0)) {
                    continue;
                }
                int d = EditDistance.osa(word, candidate, bestDistance);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(byFolded.get(best), 0, 1, false, false));
    }

    /** Splits folded text into words of letters and digits; a trailing "." stays on abbreviations. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}.-]+")) {
            String trimmed = w.replaceAll("^[.-]+", "").replaceAll("-+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed.endsWith(".") && trimmed.length() > 1 ? trimmed.replaceAll("\\.+$", "") : trimmed);
            }
        }
        return words;
    }
}
