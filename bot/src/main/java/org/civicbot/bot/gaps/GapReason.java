package org.civicbot.bot.gaps;

/** Why a question is a knowledge gap. */
public enum GapReason {
    /** The wiki had no answer the bot was confident of; a person answers. */
    ABSTAINED,
    /** The bot answered, and the citizen said the answer did not help. */
    NOT_HELPFUL,
    /** The bot answered, and a member of staff said the answer was not right. */
    STAFF_REJECTED
}
