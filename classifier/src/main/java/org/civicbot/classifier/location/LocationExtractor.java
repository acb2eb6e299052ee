package org.civicbot.classifier.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicbot.classifier.Text;

/**
 * Finds every location a message gives in its text, with character offsets, kind and a canonical form:
 * coordinates and map links, asset numbers, addresses, intersections, streets, places and postcodes.
 * Known names come from the municipality's {@link PlaceNames}; streets it does not know are recognised by
 * their ending ("-gatan", "-vägen"); other place names by a {@link PlaceRecognizer} when one is given.
 * Thread-safe; never throws for any text.
 */
public final class LocationExtractor {

    /** Words with inner hyphens, dots and apostrophes ("12-345", "t.ex", "Storg."), keeping a final dot. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*\\.?");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,4}[a-h]?");
    private static final Pattern STREET_ENDING = Pattern.compile(
            "(?<stem>\\p{L}[\\p{L}-]*?\\p{L})(?<suffix>gatan|gata|vagen|vag|granden|grand|torget|backen|stigen"
                    + "|leden|plan|promenaden|esplanaden|g\\.|gt\\.?|v\\.)");
    /** Words that introduce an intersection; the span starts with them ("korsningen Storgatan/Kungsgatan"). */
    private static final Set<String> CROSSING_WORDS = Set.of("korsningen", "korsning", "korsn", "hornet", "horn",
            "corner", "junction", "crossing", "intersection");
    /** Words between two streets of an intersection: "/" needs none; "och"/"and" only after a crossing word. */
    private static final Set<String> WEAK_JOINS = Set.of("och", "and", "&", "o");
    /** Prepositions before a place: a lower-case name that is also a common word counts only after one. */
    private static final Set<String> LOCATIVES = Set.of("i", "pa", "vid", "utanfor", "nara", "mot", "fran", "till",
            "bakom", "framfor", "langs", "in", "at", "near", "outside", "by", "from", "to", "on");

    /** Street furniture that carries a number: "stolpe 4711", "belysningsstolpe nr 12-345", "bin tag no. 55-2190". */
    private static final String FURNITURE = "(?:belysningsstolpen?|belysn\\.?\\s?stolpen?|lyktstolpen?|gatlykta|gatlampa|lampa"
            + "|stolpen?|stolpnr|lamp\\s?post|lamppost|street\\s?light|pole|skylt|sign|papperskorg|sopkärl|sopkarl|kärl"
            + "|kärlnr|karlnr|bin|tagg|tag|brunn|brunnslock|brandpost|mätare|matare|vattenmätare|vattenmatare|meter"
            + "|parking\\s?meter|p-automat|underjordsbehållare|underjordsbehallare|bänk|bench|qr-kod|qr|nfc)";
    private static final Pattern ASSET = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])" + FURNITURE + "(?:\\s+" + FURNITURE + ")?"
                    + "(?:\\s*(?:nr|no|nummer|number|#|id)\\.?)?\\s*[:#]?\\s*"
                    + "(?<id>[A-ZÅÄÖ]{1,3}-?\\d{2,}(?:-\\d+)?|\\d{2,}(?:[- ]\\d{2,})*)(?![\\p{L}\\p{N}])");
    /** Tag ids printed on street furniture ("LR-0412", "KB-20417"), recognised without a word before them. */
    private static final Pattern TAG_ID = Pattern.compile("(?<![\\p{L}\\p{N}-])[A-Z]{2}-\\d{4,5}(?![\\p{L}\\p{N}])");

    /** Five digits, optionally split 3+2; not part of a longer digit run such as a phone number. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{N}\\p{L}])(?<![\\p{N}][ -])([1-9]\\d{2}) ?(\\d{2})(?![\\p{N}\\p{L}])(?! ?-?\\p{N})");

    /** "Kundnummer 40021", "ärende nr 12345": five digits after such a word are not a postcode. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile("(?:nummer|nr|no|ref|id|#)\\.?:?\\s*$");

    private static final List<String> NOT_STREETS = readList("not-streets.txt");
    /** Municipalities, counties, provinces and countries: where a municipality's crew does not go. */
    private static final Set<String> REGIONS = readList("regions.txt").stream().map(Text::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Place names that are also common words ("klara", "haga"): in lower case, taken only after a preposition. */
    private static final Set<String> COMMON_WORDS = Set.copyOf(readList("common-words.txt"));

    private final PlaceNames names;
    private final PlaceRecognizer recognizer;

    /**
     * @param names      the municipality's streets and places
     * @param recognizer finds other place names (e.g. a CRF); {@link PlaceRecognizer#NONE} for none
     */
    public LocationExtractor(PlaceNames names, PlaceRecognizer recognizer) {
        this.names = names;
        this.recognizer = recognizer;
    }

    /** An extractor that finds nothing: to measure or run the rest of the classifier on its own. */
    public static LocationExtractor none() {
        return new LocationExtractor(null, PlaceRecognizer.NONE);
    }

    /** Locations in text order, none overlapping; an empty list for null or empty text. */
    public List<Location> extract(String text) {
        if (names == null || text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = Text.fold(text);
        List<Location> found = new ArrayList<>(CoordinatesInText.find(text));
        assets(text, found);
        List<Word> words = words(text, folded);
        streetsAndPlaces(text, words, found);
        postcodes(text, folded, found);
        for (int[] span : mayNameAnUnknownPlace(text, words, found) ? recognizer.places(text) : List.<int[]>of()) {
            String written = text.substring(span[0], span[1]);
            if (free(found, span[0], span[1]) && !REGIONS.contains(Text.fold(written)) && !shouted(written)) {
                found.add(Location.mention(LocationKind.PLACE, written, span[0], span[1], written));
            }
        }
        found.sort(Comparator.comparingInt(Location::start));
        return List.copyOf(found);
    }

    /** A word of the message: offsets into the text, the folded form without a final dot. */
    private record Word(int start, int end, String key, boolean dotted, boolean capitalised) {
    }

    private static List<Word> words(String text, String folded) {
        List<Word> words = new ArrayList<>();
        for (Matcher m = WORD.matcher(folded); m.find(); ) {
            String w = m.group();
            boolean dotted = w.endsWith(".");
            words.add(new Word(m.start(), m.end(), dotted ? w.substring(0, w.length() - 1) : w, dotted,
                    Character.isUpperCase(text.charAt(m.start()))));
        }
        return words;
    }

    private void assets(String text, List<Location> found) {
        for (Matcher m = ASSET.matcher(text); m.find(); ) {
            if (free(found, m.start(), m.end())) {
                found.add(Location.mention(LocationKind.ASSET, text.substring(m.start(), m.end()), m.start(), m.end(),
                        m.group("id").toUpperCase(Locale.ROOT)));
            }
        }
        for (Matcher m = TAG_ID.matcher(text); m.find(); ) {
            if (free(found, m.start(), m.end())) {
                found.add(Location.mention(LocationKind.ASSET, m.group(), m.start(), m.end(), m.group()));
            }
        }
    }

    /** A street or place name at word i: known to the municipality, or a street by its ending. */
    private record NameAt(PlaceNames.Name name, int length, boolean exact, boolean genitive, boolean byEnding) {
    }

    private void streetsAndPlaces(String text, List<Word> words, List<Location> found) {
        List<String> keys = words.stream().map(Word::key).toList();
        int i = 0;
        while (i < words.size()) {
            Optional<NameAt> at = nameAt(text, words, keys, i);
            if (at.isEmpty() || !free(found, words.get(i).start(), words.get(i + at.get().length() - 1).end())) {
                i++;
                continue;
            }
            NameAt name = at.get();
            if (name.name().kind() == LocationKind.PLACE) {
                if (acceptPlace(words, i, name)) {
                    Word last = words.get(i + name.length() - 1);
                    // "Kronoparkens centrum": the place is Kronoparken; the genitive "s" is not part of its name.
                    int end = nameEnd(last, name) - (name.genitive() ? 1 : 0);
                    found.add(mention(text, LocationKind.PLACE, words.get(i).start(), end, name.name().canonical()));
                }
                i += name.length();
                continue;
            }
            i = street(text, words, keys, i, name, found);
        }
    }

    /** Adds the intersection, address or street starting at word i; returns the next word to look at. */
    private int street(String text, List<Word> words, List<String> keys, int i, NameAt name, List<Location> found) {
        int next = i + name.length();
        Word last = words.get(next - 1);
        // An intersection: "Storgatan/Kungsgatan", "Hamngatan mot Järnvägsgatan", "korsningen X och Y".
        boolean crossingWordBefore = i > 0 && CROSSING_WORDS.contains(keys.get(i - 1))
                || i > 1 && keys.get(i - 1).equals("of") && CROSSING_WORDS.contains(keys.get(i - 2));
        if (next < words.size()) {
            String between = text.substring(last.end(), words.get(next).start()).strip();
            int second = -1;
            if (between.equals("/") || between.equals("-") && crossingWordBefore) {
                second = next;
            } else if (between.isEmpty() && next + 1 < words.size() && (keys.get(next).equals("mot")
                    || crossingWordBefore && WEAK_JOINS.contains(keys.get(next)))) {
                second = next + 1;
            } else if (between.equals("&") && crossingWordBefore) {
                second = next;
            }
            Optional<NameAt> other = second < 0 ? Optional.empty() : nameAt(text, words, keys, second);
            if (other.isPresent() && other.get().name().kind() == LocationKind.STREET) {
                int start = crossingWordBefore ? words.get(keys.get(i - 1).equals("of") ? i - 2 : i - 1).start()
                        : words.get(i).start();
                Word end = words.get(second + other.get().length() - 1);
                found.add(mention(text, LocationKind.INTERSECTION, start, nameEnd(end, other.get()),
                        name.name().canonical() + " / " + other.get().name().canonical()));
                return second + other.get().length();
            }
        }
        // An address: "Storgatan 12", "storg 12b", "Kungsgatan 3 A", or "14 Hagagatan" in English.
        if (next < words.size() && HOUSE_NUMBER.matcher(keys.get(next)).matches()
                && text.substring(last.end(), words.get(next).start()).isBlank()) {
            Word number = words.get(next);
            String normalized = name.name().canonical() + " " + keys.get(next).toUpperCase(Locale.ROOT);
            int end = number.end() - (number.dotted() ? 1 : 0);
            int after = next + 1;
            if (after < words.size() && keys.get(after).matches("[a-h]") && words.get(after).capitalised()
                    && keys.get(next).matches("\\d+") && text.substring(number.end(), words.get(after).start()).equals(" ")) {
                normalized += keys.get(after).toUpperCase(Locale.ROOT);
                end = words.get(after).end() - (words.get(after).dotted() ? 1 : 0);
                after++;
            }
            found.add(mention(text, LocationKind.ADDRESS, words.get(i).start(), end, normalized));
            return after;
        }
        if (i > 0 && HOUSE_NUMBER.matcher(keys.get(i - 1)).matches() && !words.get(i - 1).dotted()
                && free(found, words.get(i - 1).start(), words.get(i - 1).end())
                && text.substring(words.get(i - 1).end(), words.get(i).start()).equals(" ")) {
            found.add(mention(text, LocationKind.ADDRESS, words.get(i - 1).start(), nameEnd(last, name),
                    name.name().canonical() + " " + keys.get(i - 1).toUpperCase(Locale.ROOT)));
            return next;
        }
        found.add(mention(text, LocationKind.STREET, words.get(i).start(), nameEnd(last, name),
                name.name().canonical()));
        return next;
    }

    private Optional<NameAt> nameAt(String text, List<Word> words, List<String> keys, int i) {
        Optional<PlaceNames.Match> known = names.at(keys, i);
        if (known.isPresent()) {
            return known.map(m -> new NameAt(m.name(), m.length(), m.exact(), m.genitive(), false));
        }
        return streetByEnding(text, words, keys, i);
    }

    /** A street the municipality's list lacks, recognised by its ending; rules keep ordinary nouns out. */
    private Optional<NameAt> streetByEnding(String text, List<Word> words, List<String> keys, int i) {
        Word word = words.get(i);
        String written = keys.get(i) + (word.dotted() ? "." : "");
        Matcher m = STREET_ENDING.matcher(written);
        if (!m.matches() || NOT_STREETS.stream().anyMatch(keys.get(i)::startsWith)) {
            return Optional.empty();
        }
        String suffix = m.group("suffix");
        boolean abbreviated = suffix.endsWith(".") || suffix.startsWith("gt");
        boolean numbered = i + 1 < words.size() && HOUSE_NUMBER.matcher(keys.get(i + 1)).matches();
        // Without a number, an unknown "-vägen" is a name only when capitalised mid-sentence: "järnvägen",
        // "kvällen" and a sentence-initial "Plogvallen" are ordinary words.
        boolean named = word.capitalised() && !sentenceStart(text, word.start());
        if (abbreviated && !(numbered && word.capitalised()) || !numbered && !named) {
            return Optional.empty();
        }
        // The stem as written keeps å/ä/ö; an abbreviated ending is spelled out ("Drottningg." → "Drottninggatan").
        String stem = text.substring(word.start(), word.start() + m.end("stem"));
        String ending = abbreviated ? (suffix.startsWith("g") ? "gatan" : "vägen")
                : text.substring(word.start() + m.start("suffix"), word.start() + m.end("suffix"));
        return Optional.of(new NameAt(new PlaceNames.Name(capitalise(stem + ending), LocationKind.STREET), 1, true, false,
                true));
    }

    /**
     * Whether a capitalised word inside a sentence is left that no rule or list explained: only then can the
     * statistical model add a place (it leans on capitals), and most messages skip it, which keeps extraction fast.
     */
    private static boolean mayNameAnUnknownPlace(String text, List<Word> words, List<Location> found) {
        for (Word w : words) {
            if (w.capitalised() && w.end() - w.start() > 2 && !sentenceStart(text, w.start())
                    && free(found, w.start(), w.end()) && !shouted(text.substring(w.start(), w.end()))) {
                return true;
            }
        }
        return false;
    }

    /** A word in capitals ("KONSULTER!!!") is shouting, not a name; the model sees capitals as a name cue. */
    private static boolean shouted(String written) {
        return written.length() > 1 && written.codePoints().noneMatch(Character::isLowerCase);
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?\n".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    /** A place name that is also a common word ("klara") counts in lower case only after a preposition. */
    private boolean acceptPlace(List<Word> words, int i, NameAt name) {
        Word first = words.get(i);
        boolean ambiguous = !name.exact() || COMMON_WORDS.contains(first.key());
        return !ambiguous || first.capitalised() || i > 0 && LOCATIVES.contains(words.get(i - 1).key());
    }

    /** A name's span ends before a sentence's full stop, but keeps the dot of an abbreviation ("Drottningg."). */
    private static int nameEnd(Word last, NameAt name) {
        return last.dotted() && (name.byEnding() || !name.exact()) ? last.end() : last.end() - (last.dotted() ? 1 : 0);
    }

    private static void postcodes(String text, String folded, List<Location> found) {
        for (Matcher p = POSTCODE.matcher(folded); p.find(); ) {
            boolean aReferenceNumber = REFERENCE_BEFORE.matcher(folded.substring(Math.max(0, p.start() - 20), p.start()))
                    .find();
            if (!aReferenceNumber && free(found, p.start(), p.end())) {
                found.add(mention(text, LocationKind.POSTCODE, p.start(), p.end(), p.group(1) + " " + p.group(2)));
            }
        }
    }

    private static Location mention(String text, LocationKind kind, int start, int end, String normalized) {
        return Location.mention(kind, text.substring(start, end), start, end, normalized);
    }

    private static boolean free(List<Location> found, int start, int end) {
        return found.stream().noneMatch(l -> l.overlaps(start, end));
    }

    /** "storgatan" and "STORGATAN" become "Storgatan"; "karl-johansgatan" becomes "Karl-Johansgatan". */
    private static String capitalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean upper = true;
        for (char c : s.toCharArray()) {
            b.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return b.toString();
    }

    private static List<String> readList(String resource) {
        try (InputStream in = LocationExtractor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classifier resource missing: location/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
