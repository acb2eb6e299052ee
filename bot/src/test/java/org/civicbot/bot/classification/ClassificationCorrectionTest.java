package org.civicbot.bot.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Staff correct a classification; the correction is kept as training data and retraining learns from it. */
class ClassificationCorrectionTest extends IntegrationTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageRepository messages;

    @Test
    void everyClassificationRecordsTheModelThatMadeIt() {
        long id = api.simulateAccepted("correction-version", "Gatlampan på Hamngatan 4 är trasig");
        JsonNode message = api.awaitDecided(id, Duration.ofSeconds(5));

        String active = ApiClient.json(api.get("/api/admin/classifier")).get("activeVersion").asString();
        assertThat(message.at("/classification/classifierVersion").asString()).isEqualTo(active).isNotBlank();
    }

    @Test
    void aCorrectionReplacesTheLabelsAndKeepsTheModelsAsHistory() {
        long id = api.simulateAccepted("correction-ok", "Bänken i parken vid Sandgrund är sönder");
        JsonNode decided = api.awaitDecided(id, Duration.ofSeconds(5));

        HttpResponse<String> response = api.postJson("/api/messages/" + id + "/classification",
                "{\"category\": \"opinion\", \"topic\": \"PARKS_NATURE\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode corrected = ApiClient.json(api.get("/api/messages/" + id)).get("classification");
        assertThat(corrected.get("category").asString()).isEqualTo("OPINION");
        assertThat(corrected.get("topic").asString()).isEqualTo("PARKS_NATURE");
        assertThat(corrected.get("classifierVersion").asString()).isEqualTo(MessageRepository.STAFF_CORRECTION);
        assertThat(jdbc.sql("SELECT previous_category || '/' || previous_classifier_version FROM classification_correction WHERE message_id = ?")
                .param(id).query(String.class).single())
                .isEqualTo(decided.at("/classification/category").asString() + "/"
                        + decided.at("/classification/classifierVersion").asString());
    }

    @Test
    void badCorrectionsAreClearErrors() {
        long id = api.simulateAccepted("correction-bad", "Hål i vägen på Älvgatan");
        api.awaitDecided(id, Duration.ofSeconds(5));
        long undecided = messages.insertIfAbsent(new InboundMessage(Channel.SIMULATOR, "correction-undecided", "u", "u",
                "Trasig lampa", Instant.now(), List.of(), null), "simulator-u", "[]", null, Instant.now(), Instant.now()).orElseThrow();

        HttpResponse<String> unknownTopic = api.postJson("/api/messages/" + id + "/classification",
                "{\"category\": \"FAULT\", \"topic\": \"POTHOLES\"}");
        HttpResponse<String> missing = api.postJson("/api/messages/" + id + "/classification", "{\"topic\": \"ROADS_PATHS\"}");
        HttpResponse<String> noSuchMessage = api.postJson("/api/messages/987654321/classification",
                "{\"category\": \"FAULT\", \"topic\": \"ROADS_PATHS\"}");
        HttpResponse<String> notYet = api.postJson("/api/messages/" + undecided + "/classification",
                "{\"category\": \"FAULT\", \"topic\": \"ROADS_PATHS\"}");

        assertThat(unknownTopic.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknownTopic).get("detail").asString()).startsWith("Unknown topic; use one of [STREET_LIGHTING,");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(missing).get("detail").asString()).isEqualTo("category is missing");
        assertThat(noSuchMessage.statusCode()).isEqualTo(404);
        assertThat(notYet.statusCode()).isEqualTo(409);
    }

    @Test
    void retrainingLearnsFromCorrectionsAndSwapsOnlyWhenNotWorse() {
        long id = api.simulateAccepted("correction-retrain", "Det luktar konstigt från brunnen vid Orrholmen");
        api.awaitDecided(id, Duration.ofSeconds(5));
        api.postJson("/api/messages/" + id + "/classification", "{\"category\": \"FAULT\", \"topic\": \"WATER_SEWAGE\"}");

        HttpResponse<String> response = api.postJson("/api/admin/classifier/retrain", "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode run = ApiClient.json(response);
        assertThat(run.get("corrections").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("candidateVersion").asString()).isNotEqualTo(run.get("previousVersion").asString());
        boolean notWorse = run.at("/candidate/categoryMacroF1").asDouble() >= run.at("/previous/categoryMacroF1").asDouble()
                && run.at("/candidate/topicAccuracy").asDouble() >= run.at("/previous/topicAccuracy").asDouble();
        assertThat(run.get("swapped").asBoolean()).isEqualTo(notWorse);
        JsonNode status = ApiClient.json(api.get("/api/admin/classifier"));
        assertThat(status.get("activeVersion").asString())
                .isEqualTo(notWorse ? run.get("candidateVersion").asString() : run.get("previousVersion").asString());
        assertThat(status.get("recentRuns").get(0).get("id").asLong()).isEqualTo(run.get("id").asLong());
    }
}
