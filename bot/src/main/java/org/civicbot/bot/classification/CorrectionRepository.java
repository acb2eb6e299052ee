package org.civicbot.bot.classification;

import static org.civicbot.bot.storage.Timestamps.toDb;

import java.time.Instant;
import java.util.List;

import org.civicbot.classifier.Category;
import org.civicbot.classifier.LabelledMessage;
import org.civicbot.classifier.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff corrections of category and topic ({@code classification_correction}): training data. */
@Repository
public class CorrectionRepository {

    private final JdbcClient jdbc;

    public CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long messageId, String previousCategory, String previousTopic, String previousVersion,
                       Category category, Topic topic, Instant at) {
        jdbc.sql("""
                        INSERT INTO classification_correction (message_id, previous_category, previous_topic,
                               previous_classifier_version, category, topic, corrected_at)
                        VALUES (:messageId, :previousCategory, :previousTopic, :previousVersion, :category, :topic, :at)""")
                .param("messageId", messageId)
                .param("previousCategory", previousCategory)
                .param("previousTopic", previousTopic)
                .param("previousVersion", previousVersion)
                .param("category", category.name())
                .param("topic", topic.name())
                .param("at", toDb(at))
                .update();
    }

    /** The latest correction of every corrected message, as training messages. */
    public List<LabelledMessage> asTrainingMessages() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (c.message_id) c.message_id, c.category, c.topic, m.text, m.language
                        FROM classification_correction c JOIN message m ON m.id = c.message_id
                        ORDER BY c.message_id, c.id DESC""")
                .query((rs, row) -> new LabelledMessage("correction-" + rs.getLong("message_id"), LabelledMessage.TRAIN,
                        rs.getString("language"), Category.valueOf(rs.getString("category")),
                        Topic.valueOf(rs.getString("topic")), rs.getString("text"), List.of()))
                .list();
    }
}
