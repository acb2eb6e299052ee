package org.civicbot.bot.outbox;

/** Where a reply is in the outbox. */
public enum ReplyState {
    /** Written, not yet accepted by the platform (or being retried). */
    PENDING,
    /** The platform accepted it. */
    SENT,
    /** Gave up after the last attempt or a permanent error; a person must follow up. */
    FAILED
}
