package org.civicbot.bot.outbox;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reply} table: the outbox. */
@Repository
public class OutboxRepository {

    private static final String COLUMNS = """
            id, message_id, case_id, channel, thread_id, recipient_ref, kind, text, reply_key, state, attempts,
            last_error, created_at, sent_at, platform_message_id,
            (SELECT m.received_at FROM message m WHERE m.id = reply.message_id) AS citizen_wrote_at""";

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a reply for sending. The reply key makes this idempotent: writing the same reply twice keeps
     * the first.
     *
     * @return the id of the reply row with that key
     */
    public long enqueue(long messageId, Long caseId, String channel, String threadId, String recipientRef,
                        ReplyKind kind, String text, String replyKey, Instant now) {
        return enqueue(messageId, caseId, channel, threadId, recipientRef, kind, text, replyKey, null, now);
    }

    /** Queues a reply a staff member wrote; {@code author} is kept with it. */
    public long enqueue(long messageId, Long caseId, String channel, String threadId, String recipientRef,
                        ReplyKind kind, String text, String replyKey, String author, Instant now) {
        jdbc.sql("""
                        INSERT INTO reply (message_id, case_id, channel, thread_id, recipient_ref, kind, text,
                                           reply_key, author, created_at, next_attempt_at)
                        VALUES (:messageId, :caseId, :channel, :threadId, :recipientRef, :kind, :text,
                                :replyKey, :author, :now, :now)
                        ON CONFLICT (reply_key) DO NOTHING""")
                .param("author", author)
                .param("messageId", messageId)
                .param("caseId", caseId)
                .param("channel", channel)
                .param("threadId", threadId)
                .param("recipientRef", recipientRef)
                .param("kind", kind.name())
                .param("text", text)
                .param("replyKey", replyKey)
                .param("now", toDb(now))
                .update();
        return jdbc.sql("SELECT id FROM reply WHERE reply_key = :replyKey")
                .param("replyKey", replyKey)
                .query(Long.class)
                .single();
    }

    /** Locks the reply if it is still pending and no other sender holds it. */
    Optional<Reply> lockPending(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reply WHERE id = :id AND state = 'PENDING' FOR UPDATE SKIP LOCKED")
                .param("id", id)
                .query(OutboxRepository::map)
                .optional();
    }

    /** Ids of pending replies whose next attempt is due. */
    List<Long> findDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM reply WHERE state = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", toDb(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    void markSent(long id, String platformMessageId, Instant at) {
        jdbc.sql("""
                        UPDATE reply SET state = 'SENT', attempts = attempts + 1, sent_at = :at,
                               platform_message_id = :platformId, last_error = NULL
                        WHERE id = :id""")
                .param("at", toDb(at))
                .param("platformId", platformMessageId)
                .param("id", id)
                .update();
    }

    void markAttemptFailed(long id, String error, ReplyState newState, Instant nextAttemptAt) {
        jdbc.sql("""
                        UPDATE reply SET state = :state, attempts = attempts + 1, last_error = :error,
                               next_attempt_at = :next
                        WHERE id = :id""")
                .param("state", newState.name())
                .param("error", error)
                .param("next", toDb(nextAttemptAt))
                .param("id", id)
                .update();
    }

    public List<Reply> forMessage(long messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reply WHERE message_id = :messageId ORDER BY id")
                .param("messageId", messageId)
                .query(OutboxRepository::map)
                .list();
    }

    /** Replies the platform accepted for a recipient on a channel, oldest first: what their phone shows. */
    public List<Reply> sentTo(String channel, String recipientRef) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM reply WHERE channel = :channel AND recipient_ref = :recipient AND state = 'SENT'
                        ORDER BY sent_at, id""")
                .param("channel", channel)
                .param("recipient", recipientRef)
                .query(OutboxRepository::map)
                .list();
    }

    /** The last reply the platform accepted for a recipient on a channel: what the bot said last to them. */
    public Optional<Reply> lastSentTo(String channel, String recipientRef) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM reply WHERE channel = :channel AND recipient_ref = :recipient AND state = 'SENT'
                        ORDER BY sent_at DESC, id DESC LIMIT 1""")
                .param("channel", channel)
                .param("recipient", recipientRef)
                .query(OutboxRepository::map)
                .optional();
    }

    private static Reply map(ResultSet rs, int row) throws SQLException {
        return new Reply(
                rs.getLong("id"),
                rs.getLong("message_id"),
                rs.getObject("case_id", Long.class),
                rs.getString("channel"),
                rs.getString("thread_id"),
                rs.getString("recipient_ref"),
                ReplyKind.valueOf(rs.getString("kind")),
                rs.getString("text"),
                rs.getString("reply_key"),
                ReplyState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                fromDb(rs, "created_at"),
                fromDb(rs, "sent_at"),
                rs.getString("platform_message_id"),
                fromDb(rs, "citizen_wrote_at"));
    }
}
