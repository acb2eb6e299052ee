package org.civicbot.knowledge;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Objects;

/**
 * The bot's reply from the wiki: the answering passage, the link to the whole article and how to reach a
 * person, cut to fit the channel. The link and the way to a person always stay; the passage is shortened,
 * at a sentence end where possible and otherwise at a word, with "…".
 */
public final class AnswerReply {

    private static final String ELLIPSIS = "…";

    private AnswerReply() {
    }

    /**
     * @param passage  the passage text
     * @param link     the public article page
     * @param handover one line saying how to reach a person (e.g. "Svara MÄNNISKA så tar en handläggare över.")
     * @param limit    the channel's limit
     * @throws IllegalArgumentException when even the link and the handover line alone do not fit
     */
    public static String compose(String passage, String link, String handover, ReplyLimit limit) {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(handover, "handover");
        String tail = "\n" + link + "\n" + handover;
        String whole = passage.strip() + "\n" + tail;
        if (limit.fits(whole)) {
            return whole;
        }
        if (!limit.fits(ELLIPSIS + "\n" + tail)) {
            throw new IllegalArgumentException("the channel's limit leaves no room for the link and the way to a person");
        }
        String text = passage.strip();
        // Longest prefix ending at a sentence that fits; failing that, the longest at a word, with an ellipsis.
        String bySentence = longestFitting(text, BreakIterator.getSentenceInstance(Locale.forLanguageTag("sv")), tail, limit, "");
        if (!bySentence.isEmpty()) {
            return bySentence + "\n" + tail;
        }
        return longestFitting(text, BreakIterator.getWordInstance(Locale.forLanguageTag("sv")), tail, limit, ELLIPSIS)
                + "\n" + tail;
    }

    private static String longestFitting(String text, BreakIterator breaks, String tail, ReplyLimit limit,
                                         String suffix) {
        breaks.setText(text);
        String best = "";
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            String candidate = text.substring(0, end).stripTrailing();
            if (candidate.isEmpty()) {
                continue;
            }
            candidate = suffix.isEmpty() ? candidate : candidate.replaceAll("[\\s,;:.\\-–]+$", "") + suffix;
            if (!limit.fits(candidate + "\n" + tail)) {
                break;
            }
            best = candidate;
        }
        return best.isEmpty() && !suffix.isEmpty() ? suffix : best;
    }
}
