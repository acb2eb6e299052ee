package org.civicbot.bot.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The reply guarantee watched on a moved clock: warnings and escalations before the deadline and the breach after
 * it, each once; a person's reply in time stops it all.
 */
class ReplyGuaranteeTest extends IntegrationTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    SlaMonitor monitor;

    @Test
    void aMessageNobodyAnswersIsWarnedEscalatedAndBreachedEachOnce() {
        long id = triaged("guarantee-breach", "samma sak som förra veckan igen");

        clock.advance(Duration.ofHours(44).plusMinutes(1));
        monitor.check();
        monitor.check();
        assertThat(kinds(id)).containsExactly("WARNING");
        assertThat(events(id).get(0).get("recipient").asString()).isEqualTo("kontaktcenter.chef");

        clock.advance(Duration.ofHours(3));
        monitor.check();
        assertThat(kinds(id)).containsExactlyInAnyOrder("WARNING", "ESCALATED_TO_UNIT_LEAD");

        clock.advance(Duration.ofHours(1));
        monitor.check();
        monitor.check();
        assertThat(kinds(id)).containsExactlyInAnyOrder("WARNING", "ESCALATED_TO_UNIT_LEAD", "BREACH",
                "ESCALATED_TO_SUPERVISOR");
        JsonNode breach = events(id).stream().filter(e -> e.get("kind").asString().equals("BREACH")).findFirst()
                .orElseThrow();
        assertThat(breach.get("cause").asString()).isEqualTo("UNASSIGNED");
    }

    @Test
    void theAssigneeIsWarnedAndTheUnitLeadEscalatedToForACase() {
        long id = api.awaitDecided(api.simulateAccepted("guarantee-case", "Gatlampan utanför Storgatan 40 är trasig"),
                Duration.ofSeconds(10)).get("id").asLong();
        assertThat(api.put("/api/messages/" + id + "/assignee", "application/json", "{\"assignee\": \"anna\"}")
                .statusCode()).isEqualTo(204);

        clock.advance(Duration.ofHours(49));
        monitor.check();

        assertThat(events(id)).extracting(e -> e.get("kind").asString() + "→" + recipient(e)).containsExactlyInAnyOrder(
                "WARNING→anna", "ESCALATED_TO_UNIT_LEAD→gunilla.park", "BREACH→null",
                "ESCALATED_TO_SUPERVISOR→kontaktcenter.chef");
        assertThat(events(id)).filteredOn(e -> e.get("kind").asString().equals("BREACH"))
                .singleElement().satisfies(e -> assertThat(e.get("cause").asString()).isEqualTo("NOT_ANSWERED"));
    }

    @Test
    void aPersonsReplyInTimeStopsTheWatch() {
        long id = triaged("guarantee-answered", "samma sak som igår, vad händer");
        HttpResponse<String> reply = api.postJson("/api/messages/" + id + "/replies",
                "{\"author\": \"anna\", \"text\": \"Hej! Vi tittar på det i dag.\"}");
        assertThat(reply.statusCode()).isEqualTo(202);

        clock.advance(Duration.ofHours(50));
        monitor.check();

        assertThat(events(id)).isEmpty();
        JsonNode message = ApiClient.json(api.get("/api/messages/" + id));
        assertThat(message.get("repliedAt").isNull()).isFalse();
        assertThat(message.get("replies").valueStream().map(r -> r.get("kind").asString()).toList())
                .contains("STAFF_REPLY");
    }

    @Test
    void aStaffReplyLongerThanTheChannelTakesIsRefused() {
        long id = triaged("guarantee-long", "samma sak som i förrgår");

        HttpResponse<String> reply = api.postJson("/api/messages/" + id + "/replies",
                "{\"author\": \"anna\", \"text\": \"" + "x".repeat(2_001) + "\"}");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(reply).get("detail").asString()).contains("longer than simulator takes");
    }

    private long triaged(String sender, String text) {
        JsonNode message = api.awaitDecided(api.simulateAccepted(sender, text), Duration.ofSeconds(10));
        assertThat(message.get("state").asString()).isEqualTo("TRIAGE");
        return message.get("id").asLong();
    }

    private List<JsonNode> events(long messageId) {
        return ApiClient.json(api.get("/api/sla/events?messageId=" + messageId)).valueStream().toList();
    }

    private List<String> kinds(long messageId) {
        return events(messageId).stream().map(e -> e.get("kind").asString()).toList();
    }

    private static String recipient(JsonNode event) {
        JsonNode recipient = event.get("recipient");
        return recipient == null || recipient.isNull() ? "null" : recipient.asString();
    }
}
