package org.civicbot.bot.ingest;

/** A message that ingest will not store, with what is wrong with it in words a client developer can act on. */
public class MessageRejectedException extends RuntimeException {

    /** What kind of problem it is; the API maps each to its HTTP status. */
    public enum Problem {
        /** No text and no attachment. */
        EMPTY,
        /** Text longer than the limit. */
        TOO_LONG,
        /** An attachment larger than the channel takes. */
        ATTACHMENT_TOO_LARGE,
        /** Text that cannot be stored or shown safely (NUL characters, broken Unicode). */
        INVALID_TEXT
    }

    private final Problem problem;

    public MessageRejectedException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
