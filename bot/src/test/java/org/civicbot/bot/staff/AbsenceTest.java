package org.civicbot.bot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicbot.bot.sla.SlaMonitor;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** While someone is away their work and their warnings go to the stand-in, and come back when they return. */
class AbsenceTest extends IntegrationTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    SlaMonitor monitor;

    @Test
    void theStandInHasTheWorkAndTheWarningsWhileTheAssigneeIsAway() {
        long id = api.awaitDecided(api.simulateAccepted("absence-message", "samma problem som förra månaden"),
                Duration.ofSeconds(10)).get("id").asLong();
        api.put("/api/messages/" + id + "/assignee", "application/json", "{\"assignee\": \"stina\"}");
        Instant now = clock.instant();
        assertThat(api.postJson("/api/staff/stina/absences", "{\"from\": \"" + now.minusSeconds(60) + "\", \"until\": \""
                + now.plus(Duration.ofDays(3)) + "\", \"standIn\": \"tore\"}").statusCode()).isEqualTo(201);

        assertThat(ApiClient.json(api.get("/api/messages/" + id)).get("actingAssignee").asString()).isEqualTo("tore");
        assertThat(workOf("tore")).contains(id);
        assertThat(workOf("stina")).doesNotContain(id);
        assertThat(ApiClient.json(api.get("/api/staff/tore")).get("standingInFor").get(0).asString()).isEqualTo("stina");

        clock.advance(Duration.ofHours(45));
        monitor.check();
        JsonNode warning = ApiClient.json(api.get("/api/sla/events?kind=WARNING&messageId=" + id)).get(0);
        assertThat(warning.get("recipient").asString()).isEqualTo("tore");

        clock.advance(Duration.ofDays(2));
        assertThat(ApiClient.json(api.get("/api/messages/" + id)).get("actingAssignee").asString()).isEqualTo("stina");
        assertThat(workOf("tore")).doesNotContain(id);
    }

    @Test
    void anAbsenceThatCannotBeIsRefused() {
        Instant now = clock.instant();
        assertThat(api.postJson("/api/staff/ulla/absences", "{\"from\": \"" + now + "\", \"until\": \""
                + now.minusSeconds(1) + "\", \"standIn\": \"tore\"}").statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(api.postJson("/api/staff/ulla/absences", "{\"from\": \"" + now + "\", \"until\": \""
                + now.plusSeconds(60) + "\", \"standIn\": \"ulla\"}")).get("detail").asString())
                .contains("cannot stand in for themselves");
    }

    private List<Long> workOf(String staff) {
        return ApiClient.json(api.get("/api/staff/" + staff + "/work")).valueStream()
                .map(w -> w.get("messageId").asLong()).toList();
    }
}
