package org.civicbot.bot.pipeline;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a citizen's message asks for a person instead of the bot, as the wiki answer invites them to ("Svara
 * MÄNNISKA …"), or says the answer did not help. Only short messages count: a long one that happens to start
 * with "person" is about something else and is decided as any message.
 */
final class RequestForPerson {

    /**
     * What a citizen writes to reach a person, compared after {@link #normalize}: the message is one of these or
     * starts with one as whole words. Folding å, ä and ö makes "manniska" match too, as phones without a
     * Swedish keyboard write it.
     */
    static final List<String> PHRASES = List.of(
            "människa", "person", "handläggare", "human", "agent",
            "hjälpte inte", "hjälper inte", "det hjälpte inte", "inte hjälp",
            "did not help", "didn't help", "not helpful", "no help");

    /** Longer messages say more than "a person, please" and get the ordinary decision. */
    static final int MAX_WORDS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Dropped, not made spaces, so "didn't" and "didnt" are the same word. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final List<String> NORMALIZED = PHRASES.stream().map(RequestForPerson::normalize).toList();

    private RequestForPerson() {
    }

    static boolean matches(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty() || normalized.split(" ").length > MAX_WORDS) {
            return false;
        }
        return NORMALIZED.stream().anyMatch(phrase -> normalized.equals(phrase) || normalized.startsWith(phrase + " "));
    }

    /**
     * Lower case, accents folded (å → a, ö → o, é → e), apostrophes dropped, other punctuation and symbols (emoji
     * too) made spaces.
     */
    static String normalize(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String words = PUNCTUATION.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll(" ");
        return SPACE.matcher(words).replaceAll(" ").strip();
    }
}
