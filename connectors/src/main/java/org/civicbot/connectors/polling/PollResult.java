package org.civicbot.connectors.polling;

import java.util.List;

import org.civicbot.connectors.InboundMessage;

/**
 * What one poll found.
 *
 * @param messages   new messages, oldest first
 * @param nextCursor where the next poll starts (X's {@code since_id}, a Graph paging cursor); the bot stores it
 *                   only after the messages are stored, so a crash in between polls the same page again and the
 *                   duplicates are dropped by their external ids
 */
public record PollResult(List<InboundMessage> messages, String nextCursor) {
    public PollResult {
        messages = List.copyOf(messages);
    }
}
