package org.civicbot.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A wiki answer that did not help goes back to a person, with the first message's deadline: the citizen asks for
 * one ("MÄNNISKA"), or staff reject the answer.
 */
class WikiAnswerHandoverTest extends IntegrationTestBase {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(5);
    private static final String QUESTION = "När töms soptunnorna i Våxnäs?";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void askingForAPersonAfterAnAnswerSendsTheQuestionToAPersonKeepingItsDeadline() {
        JsonNode answered = answered("handover-human");

        long request = api.simulateAccepted("handover-human", "MÄNNISKA");
        JsonNode handover = api.awaitDecided(request, DECIDED_WITHIN);
        JsonNode reopened = api.awaitDecided(answered.get("id").asLong(), DECIDED_WITHIN);

        assertThat(handover.get("state").asString()).isEqualTo("NO_ACTION");
        assertThat(handover.get("decisionReason").asString())
                .contains("Asks for a person").contains("message " + answered.get("id").asLong());
        assertThat(reopened.get("state").asString()).isEqualTo("TRIAGE");
        assertThat(reopened.get("replyDeadline").asString()).isEqualTo(answered.get("replyDeadline").asString());
        assertThat(reopened.get("decisionReason").asString())
                .startsWith("The citizen said the wiki answer did not help (message " + request + ")")
                .contains("Answered from the wiki");
        assertThat(outgoing("handover-human")).extracting(reply -> reply.get("kind").asString())
                .containsExactly("WIKI_ANSWER", "HANDOVER_ACKNOWLEDGEMENT");
        assertThat(outgoing("handover-human").get(1).get("text").asString())
                .startsWith("En handläggare tar över och svarar senast ");
        assertThat(gap(answered.get("id").asLong()))
                .containsEntry("reason", "NOT_HELPFUL")
                .containsEntry("best_guess", "sophamtning-och-hamtdagar");
    }

    @Test
    void askingAgainDoesNotReopenOrAcknowledgeTwice() {
        long answered = answered("handover-twice").get("id").asLong();
        api.awaitDecided(api.simulateAccepted("handover-twice", "Det hjälpte inte!"), DECIDED_WITHIN);
        api.awaitDecided(answered, DECIDED_WITHIN);

        JsonNode second = api.awaitDecided(api.simulateAccepted("handover-twice", "människa"), DECIDED_WITHIN);

        assertThat(second.get("decisionReason").asString()).doesNotContain("Asks for a person");
        assertThat(outgoing("handover-twice")).extracting(reply -> reply.get("kind").asString())
                .containsOnlyOnce("HANDOVER_ACKNOWLEDGEMENT");
    }

    @Test
    void askingForAPersonWithoutAnEarlierAnswerGoesToAPerson() {
        JsonNode decided = api.awaitDecided(api.simulateAccepted("handover-no-answer", "MÄNNISKA"), DECIDED_WITHIN);

        assertThat(decided.get("state").asString()).isEqualTo("TRIAGE");
        assertThat(decided.get("decisionReason").asString()).startsWith("The citizen asks for a person");
        assertThat(outgoing("handover-no-answer")).extracting(reply -> reply.get("kind").asString())
                .containsExactly("TRIAGE_ACKNOWLEDGEMENT");
    }

    @Test
    void askingForAPersonAfterACaseWasOpenedDoesNotTouchTheCaseMessage() {
        api.awaitDecided(api.simulateAccepted("handover-after-case", "Gatlampan utanför Storgatan 12 är trasig"),
                DECIDED_WITHIN);

        JsonNode decided = api.awaitDecided(api.simulateAccepted("handover-after-case", "människa"), DECIDED_WITHIN);

        assertThat(decided.get("decisionReason").asString()).doesNotContain("Asks for a person");
        assertThat(outgoing("handover-after-case")).extracting(reply -> reply.get("kind").asString())
                .doesNotContain("HANDOVER_ACKNOWLEDGEMENT");
    }

    @Test
    void askingForAPersonMoreThanAWeekAfterTheAnswerLeavesTheAnswerAlone() {
        long answered = answered("handover-late").get("id").asLong();
        clock.advance(Duration.ofDays(8));

        JsonNode decided = api.awaitDecided(api.simulateAccepted("handover-late", "MÄNNISKA"), DECIDED_WITHIN);

        assertThat(decided.get("decisionReason").asString()).doesNotContain("Asks for a person");
        assertThat(state(answered)).isEqualTo("ANSWERED");
    }

    @Test
    void afterTheDeadlineHasPassedTheAcknowledgementPromisesNoDate() {
        long answered = answered("handover-overdue").get("id").asLong();
        clock.advance(Duration.ofDays(3));

        api.awaitDecided(api.simulateAccepted("handover-overdue", "Hjälpte inte"), DECIDED_WITHIN);
        api.awaitDecided(answered, DECIDED_WITHIN);

        assertThat(state(answered)).isEqualTo("TRIAGE");
        assertThat(outgoing("handover-overdue").get(1).get("text").asString())
                .isEqualTo("En handläggare tar över och svarar dig så snart som möjligt.");
    }

    @Test
    void staffRejectingAnAnswerSendsTheQuestionToAPersonKeepingItsDeadline() {
        JsonNode answered = answered("handover-staff");
        long id = answered.get("id").asLong();

        HttpResponse<String> response = api.postJson("/api/messages/" + id + "/wiki-answer/rejection",
                "{\"note\":\"Svaret gäller fel område\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(response);
        assertThat(body.get("state").asString()).isEqualTo("TRIAGE");
        assertThat(body.get("replyDeadline").asString()).isEqualTo(answered.get("replyDeadline").asString());
        assertThat(body.get("decisionReason").asString())
                .startsWith("Staff said the wiki answer did not help: Svaret gäller fel område");
        api.awaitDecided(id, DECIDED_WITHIN);
        assertThat(outgoing("handover-staff")).extracting(reply -> reply.get("kind").asString())
                .containsExactly("WIKI_ANSWER", "HANDOVER_ACKNOWLEDGEMENT");
        assertThat(gap(id)).containsEntry("reason", "STAFF_REJECTED")
                .containsEntry("best_guess", "sophamtning-och-hamtdagar");
    }

    @Test
    void staffMayRejectWithoutABody() {
        long id = answered("handover-staff-no-body").get("id").asLong();

        HttpResponse<String> response = api.post("/api/messages/" + id + "/wiki-answer/rejection");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).get("decisionReason").asString())
                .startsWith("Staff said the wiki answer did not help;");
    }

    @Test
    void onlyAWikiAnswerCanBeRejected() {
        long triaged = api.awaitDecided(api.simulateAccepted("handover-staff-triage", "samma sak som förra veckan"),
                DECIDED_WITHIN).get("id").asLong();
        long answered = answered("handover-staff-again").get("id").asLong();
        api.post("/api/messages/" + answered + "/wiki-answer/rejection");

        assertProblem(api.post("/api/messages/" + triaged + "/wiki-answer/rejection"), 409,
                "Message " + triaged + " is TRIAGE, not answered from the wiki; only a wiki answer can be rejected");
        assertProblem(api.post("/api/messages/" + answered + "/wiki-answer/rejection"), 409,
                "The wiki answer to message " + answered + " already went back to a person (it is TRIAGE)");
        assertProblem(api.post("/api/messages/999999999/wiki-answer/rejection"), 404, "No message with id 999999999");
        assertThat(outgoing("handover-staff-again")).extracting(reply -> reply.get("kind").asString())
                .containsOnlyOnce("HANDOVER_ACKNOWLEDGEMENT");
    }

    @Test
    void aNoteMustBeStorableAndShort() {
        long id = answered("handover-staff-note").get("id").asLong();
        String path = "/api/messages/" + id + "/wiki-answer/rejection";

        assertProblem(api.postJson(path, "{\"note\":\"" + "x".repeat(1_001) + "\"}"), 413,
                "The note is 1001 characters long; the limit is 1000");
        assertProblem(api.postJson(path, "{\"note\":\"a\\u0000b\"}"), 422,
                "The note contains NUL characters, which cannot be stored");
        assertThat(state(id)).isEqualTo("ANSWERED");
    }

    /** A question from this sender that the demo wiki answers, decided and its answer sent. */
    private JsonNode answered(String sender) {
        JsonNode message = api.awaitDecided(api.simulateAccepted(sender, QUESTION), DECIDED_WITHIN);
        assertThat(message.get("state").asString()).isEqualTo("ANSWERED");
        return message;
    }

    private String state(long messageId) {
        return ApiClient.json(api.get("/api/messages/" + messageId)).get("state").asString();
    }

    private Map<String, Object> gap(long messageId) {
        return jdbc.sql("SELECT reason, best_guess, confidence FROM knowledge_gap WHERE message_id = :id")
                .param("id", messageId)
                .query()
                .singleRow();
    }

    private List<JsonNode> outgoing(String sender) {
        JsonNode lines = ApiClient.json(api.get("/api/simulator/conversations/" + sender)).get("lines");
        return lines.valueStream().filter(line -> "OUT".equals(line.get("direction").asString())).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).isEqualTo(detail);
    }
}
