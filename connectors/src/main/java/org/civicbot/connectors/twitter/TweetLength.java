package org.civicbot.connectors.twitter;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a post as X counts it (twitter-text, version 3), so a reply X would refuse is refused here with a
 * reason instead of a 400 from the API. After NFC normalisation, code points up to U+10FF (Latin, Greek,
 * Cyrillic, Hebrew, Arabic …) and a few ranges of general punctuation count 1, every other code point (CJK, emoji)
 * 2, and a link with a scheme 23 however long it is (X shortens it to t.co). A bare domain counts 23 or its own
 * length, whichever is more, since X may or may not make a link of it. An emoji sequence counts per code point,
 * which only ever counts more than X does, so a text that fits here fits on X.
 */
public final class TweetLength {

    /** The longest post X takes from an account without a subscription. */
    public static final int LIMIT = 280;
    /** What a link counts, as its t.co address. */
    public static final int LINK = 23;

    /** A link as twitter-text finds one: with a scheme, or a bare domain; sentence punctuation after it is not part of it. */
    private static final Pattern LINKS = Pattern.compile(
            "(https?://)?(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?::\\d{1,5})?"
                    + "(?:/(?:\\S*[^\\s.,;:!?'\"()\\[\\]<>])?)?",
            Pattern.CASE_INSENSITIVE);

    private TweetLength() {
    }

    /** The weighted length of the text. */
    public static int of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher links = LINKS.matcher(normalized);
        int weight = 0;
        int from = 0;
        while (links.find()) {
            weight += codePoints(normalized, from, links.start());
            int linkLength = links.group().codePointCount(0, links.group().length());
            weight += links.group(1) != null ? LINK : Math.max(LINK, linkLength);
            from = links.end();
        }
        return weight + codePoints(normalized, from, normalized.length());
    }

    /** Whether X takes the text as one post. */
    public static boolean fits(String text) {
        return of(text) <= LIMIT;
    }

    private static int codePoints(String text, int from, int to) {
        return text.substring(from, to).codePoints().map(TweetLength::weight).sum();
    }

    private static int weight(int codePoint) {
        boolean light = codePoint <= 0x10FF
                || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F)
                || (codePoint >= 0x2032 && codePoint <= 0x2037);
        return light ? 1 : 2;
    }
}
