package org.civicbot.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/** Language codes as citizens' clients and editors write them, and a guess when a question comes without one. */
final class Languages {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}']+");
    private static final CharArraySet SWEDISH = SwedishAnalyzer.getDefaultStopSet();
    /** English function words; "i" is left out as it is Swedish too. */
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "is", "are", "was", "do", "does", "did",
            "how", "what", "when", "where", "why", "who", "which", "my", "me", "you", "your", "can", "could",
            "to", "of", "and", "in", "for", "it", "there", "have", "has", "will", "with", "on", "at", "from", "our",
            "we", "they", "this", "that", "be", "if", "not", "no", "i'm", "it's", "don't", "about", "get", "any");

    private Languages() {
    }

    /** "sv-SE", "SV", "en_GB" → "sv", "sv", "en"; blank → null. */
    static String normalize(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int sep = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return sep > 0 ? l.substring(0, sep) : l;
    }

    /**
     * "sv" or "en" by which language's function words the text has more of, or null when it has none of either
     * or as many of both. Questions are short, but nearly all have a function word or two; the classifier's
     * language detection is better and the bot passes it, this serves callers without one.
     */
    static String guess(String text) {
        int swedish = 0;
        int english = 0;
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty() || word.equals("i")) {
                continue;
            }
            swedish += SWEDISH.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
        }
        return swedish > english ? "sv" : english > swedish ? "en" : null;
    }
}
