package org.civicbot.bot.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import org.civicbot.bot.location.LocationColumns;
import org.civicbot.bot.location.MessagePosition;
import org.civicbot.bot.location.StoredLocation;
import org.civicbot.classifier.location.PointSource;
import org.civicbot.connectors.InboundMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code message} table. */
@Repository
public class MessageRepository {

    /** The classifier version recorded for a classification a person corrected. */
    public static final String STAFF_CORRECTION = "staff-correction";

    private static final String SELECT = """
            SELECT m.id, m.channel, m.external_id, m.thread_id, m.sender_ref, m.sender_id, m.text, m.received_at,
                   m.reply_deadline, m.language, m.category, m.category_confidence, m.topic, m.topic_confidence,
                   m.position_lat, m.position_lon, m.position_accuracy_m, m.position_source,
                   m.location_kind, m.location_text, m.location_normalized, m.location_lat, m.location_lon,
                   m.location_precision_m, m.location_source, m.locations, m.state, m.decision_reason, m.case_id,
                   c.number AS case_number, m.processed_at, m.classifier_version, m.answer_article,
                   m.answer_confidence, m.replied_at, m.assignee
            FROM message m LEFT JOIN "case" c ON c.id = m.case_id
            """;

    private static final TypeReference<List<StoredLocation>> LOCATIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public MessageRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the message unless the same (channel, external id) is already stored.
     *
     * @param senderId the sender's pseudonymous id
     * @param position where the citizen was, or null
     * @return the new row's id, or empty when it was a duplicate
     */
    public Optional<Long> insertIfAbsent(InboundMessage message, String senderId, String attachmentsJson,
                                         MessagePosition position, Instant storedAt, Instant replyDeadline) {
        return jdbc.sql("""
                        INSERT INTO message (channel, external_id, thread_id, sender_ref, sender_id, text, attachments,
                                             position_lat, position_lon, position_accuracy_m, position_source,
                                             received_at, stored_at, reply_deadline)
                        VALUES (:channel, :externalId, :threadId, :senderRef, :senderId, :text, CAST(:attachments AS jsonb),
                                :positionLat, :positionLon, :positionAccuracy, :positionSource,
                                :receivedAt, :storedAt, :replyDeadline)
                        ON CONFLICT (channel, external_id) DO NOTHING
                        RETURNING id""")
                .param("channel", message.channel().id())
                .param("externalId", message.externalId())
                .param("threadId", message.threadId())
                .param("senderRef", message.senderRef())
                .param("senderId", senderId)
                .param("text", message.text())
                .param("attachments", attachmentsJson)
                .param("positionLat", position == null ? null : position.latitude())
                .param("positionLon", position == null ? null : position.longitude())
                .param("positionAccuracy", position == null ? null : position.accuracyMeters())
                .param("positionSource", position == null ? null : position.source().name())
                .param("receivedAt", toDb(message.receivedAt()))
                .param("storedAt", toDb(storedAt))
                .param("replyDeadline", toDb(replyDeadline))
                .query(Long.class)
                .optional();
    }

    public Optional<Long> findIdByExternalId(String channel, String externalId) {
        return jdbc.sql("SELECT id FROM message WHERE channel = :channel AND external_id = :externalId")
                .param("channel", channel)
                .param("externalId", externalId)
                .query(Long.class)
                .optional();
    }

    public Optional<Message> findById(long id) {
        return jdbc.sql(SELECT + "WHERE m.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Reads and row-locks the message, so two workers that got the same queue entry decide once. */
    public Optional<Message> lockForDecision(long id) {
        return jdbc.sql(SELECT + "WHERE m.id = :id FOR UPDATE OF m")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public void markEnqueued(long id, Instant at) {
        jdbc.sql("UPDATE message SET enqueued_at = :at WHERE id = :id")
                .param("at", toDb(at))
                .param("id", id)
                .update();
    }

    /** Messages still undecided that were last queued (or, never queued, stored) before {@code queuedBefore}. */
    public List<Long> findUnfinishedQueuedBefore(Instant queuedBefore, int limit) {
        return jdbc.sql("""
                        SELECT id FROM message
                        WHERE state = 'RECEIVED' AND COALESCE(enqueued_at, stored_at) < :before
                        ORDER BY id LIMIT :limit""")
                .param("before", toDb(queuedBefore))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    public void recordDecision(long id, MessageClassification classification, MessageState state, String reason,
                               Long caseId, Instant processedAt) {
        jdbc.sql("""
                        UPDATE message SET language = :language, category = :category,
                               category_confidence = :categoryConfidence, topic = :topic,
                               topic_confidence = :topicConfidence, location_kind = :locationKind,
                               location_text = :locationText, location_normalized = :locationNormalized,
                               location_lat = :locationLat, location_lon = :locationLon,
                               location_precision_m = :locationPrecision, location_source = :locationSource,
                               locations = CAST(:locations AS jsonb), state = :state, decision_reason = :reason,
                               case_id = :caseId, processed_at = :processedAt, classifier_version = :classifierVersion
                        WHERE id = :id""")
                .param("language", classification.language())
                .param("category", classification.category())
                .param("categoryConfidence", classification.categoryConfidence())
                .param("topic", classification.topic())
                .param("topicConfidence", classification.topicConfidence())
                .params(LocationColumns.params(classification.location()))
                .param("locations", json.writeValueAsString(classification.locations()))
                .param("state", state.name())
                .param("reason", reason)
                .param("caseId", caseId)
                .param("processedAt", toDb(processedAt))
                .param("classifierVersion", classification.modelVersion())
                .param("id", id)
                .update();
    }

    /** The wiki article the bot answered the message from, kept so that a complaint about it can name it. */
    public void recordWikiAnswer(long id, String article, double confidence) {
        jdbc.sql("UPDATE message SET answer_article = :article, answer_confidence = :confidence WHERE id = :id")
                .param("article", article)
                .param("confidence", confidence)
                .param("id", id)
                .update();
    }

    /**
     * A message the bot answered goes to a person after all. Its reply deadline stays as it was: the citizen has
     * waited since the first message; the wiki answer no longer counts as its reply.
     */
    public void reopenForPerson(long id, String reason) {
        jdbc.sql("""
                        UPDATE message SET state = 'TRIAGE', decision_reason = :reason, replied_at = NULL
                        WHERE id = :id AND state = 'ANSWERED'""")
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    /** The citizen has had a reply (the first one counts; later ones leave the time as it was). */
    public void markReplied(long id, Instant at) {
        jdbc.sql("UPDATE message SET replied_at = :at WHERE id = :id AND replied_at IS NULL")
                .param("at", toDb(at))
                .param("id", id)
                .update();
    }

    /** The case's messages, oldest first: its reports. */
    public List<Message> inCase(long caseId) {
        return jdbc.sql(SELECT + "WHERE m.case_id = :caseId ORDER BY m.received_at, m.id")
                .param("caseId", caseId)
                .query(this::map)
                .list();
    }

    /** Moves messages to another case (staff merged or split cases). */
    public void moveToCase(List<Long> ids, long caseId) {
        jdbc.sql("UPDATE message SET case_id = :caseId WHERE id IN (:ids)")
                .param("caseId", caseId)
                .param("ids", ids)
                .update();
    }

    /** The case's messages still waiting for their reply: their deadlines pause and resume with the case. */
    public List<Message> awaitingReplyInCase(long caseId) {
        return jdbc.sql(SELECT + "WHERE m.case_id = :caseId AND m.replied_at IS NULL ORDER BY m.id")
                .param("caseId", caseId)
                .query(this::map)
                .list();
    }

    /** Messages still waiting for their reply assigned to any of these staff members, soonest deadline first. */
    public List<Message> awaitingReplyAssignedTo(List<String> staff) {
        return jdbc.sql(SELECT + """
                        WHERE m.assignee IN (:staff) AND m.replied_at IS NULL
                          AND m.state IN ('RECEIVED', 'TRIAGE', 'CASE_OPENED')
                        ORDER BY m.reply_deadline, m.id""")
                .param("staff", staff)
                .query(this::map)
                .list();
    }

    /** Who works on the message; null for nobody. */
    public boolean assign(long id, String assignee) {
        return jdbc.sql("UPDATE message SET assignee = :assignee WHERE id = :id")
                .param("assignee", assignee)
                .param("id", id)
                .update() == 1;
    }

    /** The message's reply deadline once its category and topic are known (they may have their own time). */
    public void setReplyDeadline(long id, Instant deadline) {
        jdbc.sql("UPDATE message SET reply_deadline = :deadline WHERE id = :id")
                .param("deadline", toDb(deadline))
                .param("id", id)
                .update();
    }

    /** A person's category and topic replace the classifier's; the model's are kept with the correction. */
    public void applyCorrection(long id, String category, String topic) {
        jdbc.sql("""
                        UPDATE message SET category = :category, topic = :topic, category_confidence = 1,
                               topic_confidence = 1, classifier_version = :staff
                        WHERE id = :id""")
                .param("category", category)
                .param("topic", topic)
                .param("staff", STAFF_CORRECTION)
                .param("id", id)
                .update();
    }

    /** The newest messages first, for the staff inbox. */
    public List<Message> newest(int offset, int limit) {
        return jdbc.sql(SELECT + "ORDER BY m.received_at DESC, m.id DESC OFFSET :offset LIMIT :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM message").query(Long.class).single();
    }

    /** A sender's messages on one channel, oldest first. */
    public List<Message> fromSender(String channel, String senderRef) {
        return jdbc.sql(SELECT + "WHERE m.channel = :channel AND m.sender_ref = :sender ORDER BY m.received_at, m.id")
                .param("channel", channel)
                .param("sender", senderRef)
                .query(this::map)
                .list();
    }

    private Message map(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getLong("id"),
                rs.getString("channel"),
                rs.getString("external_id"),
                rs.getString("thread_id"),
                rs.getString("sender_ref"),
                rs.getString("sender_id"),
                rs.getString("text"),
                fromDb(rs, "received_at"),
                fromDb(rs, "reply_deadline"),
                rs.getString("language"),
                rs.getString("category"),
                rs.getObject("category_confidence", Double.class),
                rs.getString("topic"),
                rs.getObject("topic_confidence", Double.class),
                position(rs),
                LocationColumns.read(rs),
                json.readValue(rs.getString("locations"), LOCATIONS),
                MessageState.valueOf(rs.getString("state")),
                rs.getString("decision_reason"),
                rs.getObject("case_id", Long.class),
                rs.getString("case_number"),
                fromDb(rs, "processed_at"),
                rs.getString("classifier_version"),
                rs.getString("answer_article"),
                rs.getObject("answer_confidence", Double.class),
                fromDb(rs, "replied_at"),
                rs.getString("assignee"));
    }

    private static MessagePosition position(ResultSet rs) throws SQLException {
        Double lat = rs.getObject("position_lat", Double.class);
        return lat == null ? null : new MessagePosition(lat, rs.getDouble("position_lon"),
                rs.getObject("position_accuracy_m", Integer.class),
                PointSource.valueOf(rs.getString("position_source")));
    }
}
