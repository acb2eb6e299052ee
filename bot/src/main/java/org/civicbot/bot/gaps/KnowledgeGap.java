package org.civicbot.bot.gaps;

import java.time.Instant;

/**
 * A citizen's question the wiki did not answer well.
 *
 * @param bestGuess  the article the bot came closest with (abstained) or answered from; null when none
 * @param confidence the finder's confidence in that article; null when not known
 * @param askedAt    when the citizen asked (the message's received-at)
 */
public record KnowledgeGap(String question, String language, GapReason reason, String bestGuess,
                           Double confidence, Instant askedAt, Instant recordedAt) {
}
