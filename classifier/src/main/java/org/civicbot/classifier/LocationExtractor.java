package org.civicbot.classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds Swedish street addresses, street names and postcodes with regular expressions. */
final class LocationExtractor {

    /**
     * A word ending in a street suffix (or the abbreviations g., gt, v.), optionally followed by a house
     * number and a letter ("12b", "3 A"). Offsets of the folded text equal those of the original.
     */
    private static final Pattern STREET = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<stem>\\p{L}[\\p{L}-]*?\\p{L})"
                    + "(?<suffix>gatan|gata|vagen|vag|granden|grand|torget|allen|backen|stigen|leden|plan"
                    + "|promenaden|esplanaden|g\\.|gt\\.?|v\\.)(?!\\p{L})"
                    + "(?:\\s+(?<number>\\d{1,4})(?!\\p{N})(?:(?<space>\\s?)(?<letter>[a-h])(?![\\p{L}\\p{N}]))?)?");

    /** Five digits, optionally split 3+2; not part of a longer digit run such as a phone number. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{N}\\p{L}])(?<![\\p{N}][ -])([1-9]\\d{2}) ?(\\d{2})(?![\\p{N}\\p{L}])(?! ?-?\\p{N})");

    /** Suffixes that are also ordinary words ("detaljplan", "motorväg"): a street only if capitalised or numbered. */
    private static final Set<String> WEAK_SUFFIXES = Set.of("gata", "vag", "plan", "leden", "backen");

    private final Lexicon lexicon;

    LocationExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<LocationMention> extract(String text, String folded) {
        List<LocationMention> found = new ArrayList<>();
        Matcher m = STREET.matcher(folded);
        while (m.find()) {
            String suffix = m.group("suffix");
            String word = m.group("stem") + suffix;
            boolean abbreviated = suffix.endsWith(".") || suffix.startsWith("gt");
            boolean numbered = m.group("number") != null;
            boolean capitalised = Character.isUpperCase(text.charAt(m.start()));
            if (lexicon.isNotStreet(word)
                    // "fredag. 2 lampor" is not "Fredagatan 2": abbreviations need a capital and a number.
                    || abbreviated && !(numbered && capitalised)
                    || !numbered && WEAK_SUFFIXES.contains(suffix) && !capitalised) {
                continue;
            }
            // The stem as written keeps å/ä/ö; the suffix is spelled out ("Drottningg." -> "Drottninggatan").
            String stem = text.substring(m.start("stem"), m.end("stem"));
            String suffixAsWritten = text.substring(m.start("suffix"), m.end("suffix"));
            String street = capitalise(stem + expand(suffix, suffixAsWritten));
            if (!numbered) {
                found.add(new LocationMention(LocationKind.STREET, text.substring(m.start(), m.end("suffix")),
                        m.start(), m.end("suffix"), street));
                continue;
            }
            int end = m.end("number");
            String normalized = street + " " + m.group("number");
            // A letter after a space ("3 A") counts only in capitals, so "12 a" in running text is not taken.
            if (m.group("letter") != null
                    && (m.group("space").isEmpty() || Character.isUpperCase(text.charAt(m.start("letter"))))) {
                end = m.end("letter");
                normalized += m.group("letter").toUpperCase(Locale.ROOT);
            }
            found.add(new LocationMention(LocationKind.ADDRESS, text.substring(m.start(), end), m.start(), end,
                    normalized));
        }
        Matcher p = POSTCODE.matcher(folded);
        while (p.find()) {
            int start = p.start();
            int end = p.end();
            if (found.stream().noneMatch(l -> start < l.end() && l.start() < end)) {
                found.add(new LocationMention(LocationKind.POSTCODE, text.substring(start, end), start, end,
                        p.group(1) + " " + p.group(2)));
            }
        }
        found.sort(Comparator.comparingInt(LocationMention::start));
        return List.copyOf(found);
    }

    private static String expand(String foldedSuffix, String asWritten) {
        if (foldedSuffix.startsWith("g") && (foldedSuffix.endsWith(".") || foldedSuffix.startsWith("gt"))) {
            return "gatan";
        }
        return foldedSuffix.equals("v.") ? "vägen" : asWritten;
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
}
