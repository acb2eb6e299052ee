package org.civicbot.bot.message;

/** Where a citizen message is in its life. Every state but {@link #RECEIVED} is final for the pipeline. */
public enum MessageState {
    /** Stored and queued; the pipeline has not decided yet. */
    RECEIVED,
    /** The bot answered from the wiki. */
    ANSWERED,
    /** A case was opened and acknowledged. */
    CASE_OPENED,
    /** The bot was not sure; a person decides. */
    TRIAGE,
    /** Nothing to act on (thanks, greetings). */
    NO_ACTION;

    public boolean isFinal() {
        return this != RECEIVED;
    }
}
