package org.civicbot.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One citizen message the whole way: simulator → ingest → queue → pipeline → outbox → conversation. */
class SimulatorFlowTest extends IntegrationTestBase {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(5);

    @Test
    void aFaultReportOpensACaseWithNumberAndDeadlineAndIsAcknowledged() {
        long id = api.simulateAccepted("flow-fault", "Gatlampan utanför Storgatan 12 är trasig");

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        assertThat(message.at("/classification/category").asString()).isEqualTo("FAULT");
        assertThat(message.at("/classification/topic").asString()).isEqualTo("STREET_LIGHTING");
        assertThat(message.at("/location/normalized").asString()).isEqualTo("Storgatan 12");
        String caseNumber = message.get("caseNumber").asString();
        assertThat(caseNumber).matches("\\d{4}-\\d{6}");
        Instant received = Instant.parse(message.get("receivedAt").asString());
        assertThat(Instant.parse(message.get("replyDeadline").asString())).isEqualTo(received.plus(Duration.ofHours(48)));

        JsonNode kase = ApiClient.json(api.get("/api/cases/" + caseNumber));
        assertThat(kase.get("status").asString()).isEqualTo("NEW");
        assertThat(kase.get("unitCode").asString()).isEqualTo("GATA_PARK");
        assertThat(kase.at("/location/normalized").asString()).isEqualTo("Storgatan 12");
        assertThat(Instant.parse(kase.get("replyDeadline").asString())).isEqualTo(received.plus(Duration.ofHours(48)));

        List<JsonNode> replies = outgoing("flow-fault");
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("kind").asString()).isEqualTo("CASE_ACKNOWLEDGEMENT");
        assertThat(replies.get(0).get("text").asString()).contains(caseNumber).contains("Gata och park");
    }

    @Test
    void aQuestionTheWikiAnswersGetsThePassageTheArticleLinkAndTheWayToAPerson() {
        long id = api.simulateAccepted("flow-question", "När töms soptunnorna i Våxnäs?");

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(message.get("decisionReason").asString()).contains("Answered from the wiki");
        assertThat(message.get("answerArticle").asString()).isEqualTo("sophamtning-och-hamtdagar");
        List<JsonNode> replies = outgoing("flow-question");
        assertThat(replies).singleElement()
                .satisfies(reply -> assertThat(reply.get("kind").asString()).isEqualTo("WIKI_ANSWER"))
                .satisfies(reply -> assertThat(reply.get("text").asString())
                        .contains("I Våxnäs är hämtdagen tisdag")
                        .matches("(?s)[^\\n]+\n\nhttp://localhost:\\d+/wiki/sophamtning-och-hamtdagar\n"
                                + "Svara MÄNNISKA om du vill prata med en handläggare\\.")
                        .hasSizeLessThanOrEqualTo(2_000));
    }

    @Test
    void anUnclearMessageGoesToAPersonWithTheReasonRecordedAndAnAcknowledgement() {
        long id = api.simulateAccepted("flow-unclear", "samma sak som förra veckan");

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("state").asString()).isEqualTo("TRIAGE");
        assertThat(message.get("decisionReason").asString()).isNotBlank();
        assertThat(outgoing("flow-unclear")).singleElement()
                .satisfies(reply -> assertThat(reply.get("kind").asString()).isEqualTo("TRIAGE_ACKNOWLEDGEMENT"));
    }

    @Test
    void theConversationShowsTheCitizensMessageThenTheBotsReply() {
        long id = api.simulateAccepted("flow-conversation", "Vattenläcka på Drottninggatan 7");
        api.awaitDecided(id, DECIDED_WITHIN);

        JsonNode lines = ApiClient.json(api.get("/api/simulator/conversations/flow-conversation")).get("lines");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("direction").asString()).isEqualTo("IN");
        assertThat(lines.get(0).get("text").asString()).isEqualTo("Vattenläcka på Drottninggatan 7");
        assertThat(lines.get(1).get("direction").asString()).isEqualTo("OUT");
        assertThat(lines.get(1).get("messageId").asLong()).isEqualTo(id);
    }

    private List<JsonNode> outgoing(String sender) {
        JsonNode lines = ApiClient.json(api.get("/api/simulator/conversations/" + sender)).get("lines");
        return lines.valueStream().filter(line -> "OUT".equals(line.get("direction").asString())).toList();
    }
}
