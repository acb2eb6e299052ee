package org.civicbot.bot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Questions the wiki could not answer are recorded and listed for editors, alike ones grouped. */
class KnowledgeGapApiTest extends IntegrationTestBase {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(5);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionTheWikiCannotAnswerGoesToAPersonAndIsRecordedAsAGap() {
        JsonNode message = api.awaitDecided(api.simulateAccepted("gap-mars", "Hur många invånare har Mars?"),
                DECIDED_WITHIN);

        assertThat(message.get("state").asString()).isEqualTo("TRIAGE");
        assertThat(message.get("decisionReason").asString()).startsWith("Question without a confident wiki answer");
        Map<String, Object> gap = jdbc.sql("""
                        SELECT question, language, reason, best_guess, confidence FROM knowledge_gap
                        WHERE message_id = :id""")
                .param("id", message.get("id").asLong())
                .query()
                .singleRow();
        assertThat(gap).containsEntry("question", "Hur många invånare har Mars?").containsEntry("language", "sv")
                .containsEntry("reason", "ABSTAINED");
        assertThat(gap.get("best_guess")).isNotNull();
        assertThat((Double) gap.get("confidence")).isBetween(0.0, 1.0);
    }

    @Test
    void alikeQuestionsComeBackAsOneGroupWithTheirCounts() {
        String older = "Hur gammal är den äldsta eken i kommunen?";
        String newer = "Hur gammal är kommunens äldsta ek?";
        api.awaitDecided(api.simulateAccepted("gap-oak-1", older), DECIDED_WITHIN);
        JsonNode last = api.awaitDecided(api.simulateAccepted("gap-oak-2", newer), DECIDED_WITHIN);

        HttpResponse<String> response = api.get("/api/knowledge/gaps?days=30&size=100");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode report = ApiClient.json(response);
        assertThat(report.get("page").asInt()).isZero();
        assertThat(report.get("size").asInt()).isEqualTo(100);
        assertThat(report.get("days").asInt()).isEqualTo(30);
        assertThat(report.get("groupedLimit").asInt()).isEqualTo(5_000);
        assertThat(report.get("gapsGrouped").asLong()).isEqualTo(report.get("gapsInPeriod").asLong());
        assertThat(report.get("total").asLong()).isEqualTo(report.get("items").size());
        JsonNode oaks = report.get("items").valueStream()
                .filter(group -> group.get("examples").valueStream().anyMatch(e -> e.asString().equals(older)))
                .findFirst().orElseThrow();
        assertThat(oaks.get("count").asInt()).isEqualTo(2);
        assertThat(oaks.get("question").asString()).isEqualTo(newer);
        assertThat(oaks.get("examples").valueStream().map(JsonNode::asString)).containsExactly(newer, older);
        assertThat(oaks.get("languages").valueStream().map(JsonNode::asString)).containsExactly("sv");
        assertThat(oaks.at("/reasons/ABSTAINED").asInt()).isEqualTo(2);
        assertThat(oaks.at("/reasons/NOT_HELPFUL").asInt()).isZero();
        assertThat(oaks.get("bestGuesses")).isNotEmpty();
        assertThat(oaks.get("lastAskedAt").asString()).isEqualTo(last.get("receivedAt").asString());
    }

    @Test
    void groupsArePagedLargestFirst() {
        for (String question : new String[] {"Vilken färg har kommunens logotyp?",
                "Var kan jag hyra en kanot i sommar?", "Var kan man hyra kanot i sommar?"}) {
            api.awaitDecided(api.simulateAccepted("gap-page", question), DECIDED_WITHIN);
        }

        JsonNode all = ApiClient.json(api.get("/api/knowledge/gaps?size=100"));
        JsonNode second = ApiClient.json(api.get("/api/knowledge/gaps?page=1&size=1"));

        assertThat(all.get("items").valueStream().map(group -> group.get("count").asInt()).toList())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0)).isEqualTo(all.get("items").get(1));
        assertThat(second.get("total").asLong()).isEqualTo(all.get("total").asLong());
    }

    @Test
    void aPeriodOrPageOutsideTheLimitsIsABadRequest() {
        assertBadRequest("days=0", "days must be between 1 and 365, was 0");
        assertBadRequest("days=366", "days must be between 1 and 365, was 366");
        assertBadRequest("size=0", "size must be between 1 and 100, was 0");
        assertBadRequest("size=101", "size must be between 1 and 100, was 101");
        assertBadRequest("page=-1", "page must be 0 or more, was -1");
        HttpResponse<String> notANumber = api.get("/api/knowledge/gaps?days=many");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertBadRequest(String query, String detail) {
        HttpResponse<String> response = api.get("/api/knowledge/gaps?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).isEqualTo(detail);
    }
}
