package org.civicbot.bot.followup;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code satisfaction_answer} table: how satisfied each citizen was once their case was resolved, one answer
 * per case. The latest answer wins, so a slip of the finger can be corrected on the same page.
 */
@Repository
public class SatisfactionAnswers {

    /** The scale: 1 (very dissatisfied) to 5 (very satisfied). */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    /** A stored answer. */
    public record Answer(int score, Instant answeredAt) {
    }

    /** How many answers of one score one topic's cases at one unit had. */
    record Count(String topic, String unitCode, String unitName, int score, long answers) {
    }

    private final JdbcClient jdbc;

    SatisfactionAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the case's answer, replacing an earlier one. */
    public void record(long caseId, int score, Instant at) {
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("score " + score + " is outside " + LOWEST + "–" + HIGHEST);
        }
        jdbc.sql("""
                        INSERT INTO satisfaction_answer (case_id, score, answered_at) VALUES (:caseId, :score, :at)
                        ON CONFLICT (case_id)
                        DO UPDATE SET score = excluded.score, answered_at = excluded.answered_at""")
                .param("caseId", caseId)
                .param("score", score)
                .param("at", toDb(at))
                .update();
    }

    public Optional<Answer> forCase(long caseId) {
        return jdbc.sql("SELECT score, answered_at FROM satisfaction_answer WHERE case_id = :caseId")
                .param("caseId", caseId)
                .query((rs, row) -> new Answer(rs.getInt("score"), fromDb(rs, "answered_at")))
                .optional();
    }

    /** The answers given in {@code [from, until)} (either end null for open), counted per topic, unit and score. */
    List<Count> counts(Instant from, Instant until) {
        return jdbc.sql("""
                        SELECT c.topic, u.code, u.name, s.score, count(*) AS answers
                        FROM satisfaction_answer s JOIN "case" c ON c.id = s.case_id JOIN unit u ON u.id = c.unit_id
                        WHERE (CAST(:from AS timestamptz) IS NULL OR s.answered_at >= :from)
                          AND (CAST(:until AS timestamptz) IS NULL OR s.answered_at < :until)
                        GROUP BY c.topic, u.code, u.name, s.score""")
                .param("from", toDb(from))
                .param("until", toDb(until))
                .query((rs, row) -> new Count(rs.getString("topic"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("score"), rs.getLong("answers")))
                .list();
    }
}
