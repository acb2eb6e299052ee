package org.civicbot.bot.pipeline;

import org.civicbot.knowledge.WikiArticle;

/**
 * What the bot does with a classified message, and why (the reason is stored on the message for staff).
 *
 * @param article the wiki article to answer from; only for {@link Outcome#ANSWER}
 */
public record Decision(Outcome outcome, String reason, WikiArticle article) {

    public enum Outcome {
        /** Reply from a wiki article. */
        ANSWER,
        /** Open a case for the responsible unit and acknowledge it. */
        OPEN_CASE,
        /** Let a person decide; acknowledge receipt. */
        TRIAGE,
        /** Nothing to act on. */
        NO_ACTION
    }

    static Decision answer(WikiArticle article, String reason) {
        return new Decision(Outcome.ANSWER, reason, article);
    }

    static Decision of(Outcome outcome, String reason) {
        return new Decision(outcome, reason, null);
    }
}
