package org.civicbot.bot.pipeline;

import org.civicbot.knowledge.Answer;

/**
 * What the bot does with a classified message, and why (the reason is stored on the message for staff).
 *
 * @param answer the wiki's answer (article and passage) to reply with for {@link Outcome#ANSWER}; for a question
 *               the wiki could not answer, its abstention (recorded as a knowledge gap); otherwise null
 */
public record Decision(Outcome outcome, String reason, Answer answer) {

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

    static Decision answer(Answer answer, String reason) {
        return new Decision(Outcome.ANSWER, reason, answer);
    }

    /** A question the wiki could not answer with confidence: a person answers it. */
    static Decision unanswered(Answer abstention, String reason) {
        return new Decision(Outcome.TRIAGE, reason, abstention);
    }

    static Decision of(Outcome outcome, String reason) {
        return new Decision(outcome, reason, null);
    }
}
