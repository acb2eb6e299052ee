package org.civicbot.bot.message;

import java.time.Instant;
import java.util.List;

import org.civicbot.bot.location.MessagePosition;
import org.civicbot.bot.location.StoredLocation;

/**
 * A stored citizen message with what the pipeline made of it. Nullable fields are not decided yet.
 *
 * @param senderRef the platform's reference to the sender, needed to reply; never shown
 * @param senderId  the sender's pseudonymous id, what staff see (null for messages stored before it existed)
 * @param position  where the citizen was, when the platform or a photo said so; null otherwise
 * @param location  the best of the message's locations; null when it gives none or is not decided yet
 * @param locations every location the message gives, placed on the map, best first
 * @param answerArticle    the wiki article the bot answered from; null unless it did
 * @param answerConfidence how sure the answer finder was of that article; null unless the bot answered
 * @param repliedAt when the citizen first had a reply (a wiki answer, or a person's); null while the reply
 *                  guarantee still runs
 * @param assignee  the staff member working on it; null when nobody is
 */
public record Message(
        long id,
        String channel,
        String externalId,
        String threadId,
        String senderRef,
        String senderId,
        String text,
        Instant receivedAt,
        Instant replyDeadline,
        String language,
        String category,
        Double categoryConfidence,
        String topic,
        Double topicConfidence,
        MessagePosition position,
        StoredLocation location,
        List<StoredLocation> locations,
        MessageState state,
        String decisionReason,
        Long caseId,
        String caseNumber,
        Instant processedAt,
        String classifierVersion,
        String answerArticle,
        Double answerConfidence,
        Instant repliedAt,
        String assignee) {

    /** The same message with another reply deadline (once its category and topic set their own). */
    public Message withReplyDeadline(Instant deadline) {
        return new Message(id, channel, externalId, threadId, senderRef, senderId, text, receivedAt, deadline, language,
                category, categoryConfidence, topic, topicConfidence, position, location, locations, state,
                decisionReason, caseId, caseNumber, processedAt, classifierVersion, answerArticle, answerConfidence,
                repliedAt, assignee);
    }
}
