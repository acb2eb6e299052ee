package org.civicbot.bot.gaps;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code knowledge_gap} table. */
@Repository
public class KnowledgeGapRepository {

    private final JdbcClient jdbc;

    public KnowledgeGapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the message's question as a gap; a message already recorded gets the new reason, since the latest
     * says best what went wrong.
     */
    public void record(long messageId, String question, String language, GapReason reason, String bestGuess,
                       Double confidence, Instant at) {
        jdbc.sql("""
                        INSERT INTO knowledge_gap (message_id, question, language, reason, best_guess, confidence,
                                                   recorded_at)
                        VALUES (:messageId, :question, :language, :reason, :bestGuess, :confidence, :at)
                        ON CONFLICT (message_id) DO UPDATE SET question = EXCLUDED.question,
                               language = EXCLUDED.language, reason = EXCLUDED.reason,
                               best_guess = EXCLUDED.best_guess, confidence = EXCLUDED.confidence,
                               recorded_at = EXCLUDED.recorded_at""")
                .param("messageId", messageId)
                .param("question", question)
                .param("language", language)
                .param("reason", reason.name())
                .param("bestGuess", bestGuess)
                .param("confidence", confidence)
                .param("at", toDb(at))
                .update();
    }

    /** The newest gaps recorded since then, at most {@code limit}, newest first. */
    public List<KnowledgeGap> newestSince(Instant since, int limit) {
        return jdbc.sql("""
                        SELECT g.question, g.language, g.reason, g.best_guess, g.confidence,
                               m.received_at, g.recorded_at
                        FROM knowledge_gap g JOIN message m ON m.id = g.message_id
                        WHERE g.recorded_at >= :since
                        ORDER BY g.recorded_at DESC, g.id DESC LIMIT :limit""")
                .param("since", toDb(since))
                .param("limit", limit)
                .query(KnowledgeGapRepository::map)
                .list();
    }

    public long countSince(Instant since) {
        return jdbc.sql("SELECT count(*) FROM knowledge_gap WHERE recorded_at >= :since")
                .param("since", toDb(since))
                .query(Long.class)
                .single();
    }

    private static KnowledgeGap map(ResultSet rs, int row) throws SQLException {
        return new KnowledgeGap(
                rs.getString("question"),
                rs.getString("language"),
                GapReason.valueOf(rs.getString("reason")),
                rs.getString("best_guess"),
                rs.getObject("confidence", Double.class),
                fromDb(rs, "received_at"),
                fromDb(rs, "recorded_at"));
    }
}
