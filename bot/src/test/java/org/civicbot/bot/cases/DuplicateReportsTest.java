package org.civicbot.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** With the default radii (50 m for street lights, 150 m otherwise): a second report joins, a distant one does not. */
class DuplicateReportsTest extends IntegrationTestBase {

    @DynamicPropertySource
    static void defaultRadii(DynamicPropertyRegistry registry) {
        registry.add("civicbot.cases.duplicate-radius", () -> 150);
        registry.add("civicbot.cases.duplicate-radius-by-topic.STREET_LIGHTING", () -> 50);
    }

    @Test
    void aReportWithinTheRadiusJoinsTheOpenCaseAndTheCitizenIsToldItsNumber() {
        JsonNode first = report("dup-first", 59.38000, 13.50000);
        JsonNode second = report("dup-second", 59.38018, 13.50000);   // 20 m north
        JsonNode distant = report("dup-distant", 59.38300, 13.50000); // 330 m north

        String number = first.get("caseNumber").asString();
        assertThat(second.get("caseNumber").asString()).isEqualTo(number);
        assertThat(second.get("decisionReason").asString()).contains("already reported as case " + number)
                .contains("20 m away");
        assertThat(second.at("/replies/0/text").asString()).contains(number).contains("redan anmält")
                .contains("/t/");
        assertThat(distant.get("caseNumber").asString()).isNotEqualTo(number);

        JsonNode kase = ApiClient.json(api.get("/api/cases/" + number));
        assertThat(kase.get("reports").asInt()).isEqualTo(2);
        List<String> kinds = ApiClient.json(api.get("/api/cases/" + number + "/events")).valueStream()
                .map(e -> e.get("kind").asString()).toList();
        assertThat(kinds).containsExactly("OPENED", "REPORT_ADDED");
    }

    @Test
    void aClosedCaseIsNotJoined() {
        JsonNode first = report("dup-closed-first", 59.39000, 13.49000);
        String number = first.get("caseNumber").asString();
        api.postJson("/api/cases/" + number + "/status", "{\"status\": \"RESOLVED\", \"actor\": \"anna\"}");

        JsonNode again = report("dup-closed-again", 59.39000, 13.49000);

        assertThat(again.get("caseNumber").asString()).isNotEqualTo(number);
    }

    private JsonNode report(String sender, double lat, double lon) {
        ObjectNode post = ApiClient.simulatorPost(sender, "Gatlampan här är trasig och lyser inte");
        post.putObject("position").put("latitude", lat).put("longitude", lon).put("accuracyMeters", 5);
        JsonNode message = api.awaitDecided(api.simulateAccepted(post), Duration.ofSeconds(10));
        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        return message;
    }
}
