package org.civicbot.bot.classification;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicbot.classifier.ClassifierModel;
import org.civicbot.classifier.HeldOutScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Retrained models ({@code classifier_model}) and the record of every retraining run. */
@Repository
public class ClassifierModelRepository {

    private final JdbcClient jdbc;

    public ClassifierModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> activeVersion() {
        return jdbc.sql("SELECT version FROM classifier_model WHERE active").query(String.class).optional();
    }

    public Optional<ClassifierModel> loadActive() {
        return jdbc.sql("SELECT model FROM classifier_model WHERE active").query(byte[].class).optional()
                .map(ClassifierModelRepository::read);
    }

    /** Stores the model as the active one; the previously active model stays stored, inactive. */
    @Transactional
    public void activate(ClassifierModel model, HeldOutScore score, int trainingMessages, int corrections, Instant at) {
        jdbc.sql("UPDATE classifier_model SET active = false WHERE active").update();
        jdbc.sql("""
                        INSERT INTO classifier_model (version, model, trained_at, training_messages, corrections,
                                                      category_macro_f1, topic_accuracy, active)
                        VALUES (:version, :model, :at, :training, :corrections, :f1, :topic, true)
                        ON CONFLICT (version) DO UPDATE SET active = true""")
                .param("version", model.version())
                .param("model", write(model))
                .param("at", toDb(at))
                .param("training", trainingMessages)
                .param("corrections", corrections)
                .param("f1", score.categoryMacroF1())
                .param("topic", score.topicAccuracy())
                .update();
    }

    public RetrainingRun recordRun(RetrainingRun run) {
        long id = jdbc.sql("""
                        INSERT INTO classifier_retraining (finished_at, corrections, previous_version,
                               previous_category_macro_f1, previous_topic_accuracy, candidate_version,
                               candidate_category_macro_f1, candidate_topic_accuracy, swapped)
                        VALUES (:at, :corrections, :previous, :previousF1, :previousTopic, :candidate, :candidateF1,
                                :candidateTopic, :swapped)
                        RETURNING id""")
                .param("at", toDb(run.finishedAt()))
                .param("corrections", run.corrections())
                .param("previous", run.previousVersion())
                .param("previousF1", run.previous().categoryMacroF1())
                .param("previousTopic", run.previous().topicAccuracy())
                .param("candidate", run.candidateVersion())
                .param("candidateF1", run.candidate().categoryMacroF1())
                .param("candidateTopic", run.candidate().topicAccuracy())
                .param("swapped", run.swapped())
                .query(Long.class)
                .single();
        return run.withId(id);
    }

    public List<RetrainingRun> recentRuns(int limit) {
        return jdbc.sql("SELECT * FROM classifier_retraining ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new RetrainingRun(rs.getLong("id"), fromDb(rs, "finished_at"), rs.getInt("corrections"),
                        rs.getString("previous_version"),
                        new HeldOutScore(rs.getDouble("previous_category_macro_f1"), rs.getDouble("previous_topic_accuracy"), 0),
                        rs.getString("candidate_version"),
                        new HeldOutScore(rs.getDouble("candidate_category_macro_f1"), rs.getDouble("candidate_topic_accuracy"), 0),
                        rs.getBoolean("swapped")))
                .list();
    }

    private static byte[] write(ClassifierModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            model.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ClassifierModel read(byte[] bytes) {
        try {
            return ClassifierModel.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("The active classifier model in the database cannot be read", e);
        }
    }
}
