package org.civicbot.bot.ingest;

/**
 * The outcome of accepting a message.
 *
 * @param messageId the stored message's id (the earlier one, for a duplicate)
 * @param duplicate whether the same channel message was already stored
 */
public record IngestResult(long messageId, boolean duplicate) {
}
