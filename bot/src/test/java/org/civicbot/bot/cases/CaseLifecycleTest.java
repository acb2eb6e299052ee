package org.civicbot.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A case through its life over the API: every change in the trail, the reply clock paused while waiting. */
class CaseLifecycleTest extends IntegrationTestBase {

    @Autowired
    MutableClock clock;

    @Test
    void aCaseMovesThroughItsLifeAndEveryChangeIsInTheTrail() {
        String number = openCase("lifecycle-trail", "Gatlampan utanför Storgatan 12 är trasig");

        assertThat(status(number, "IN_PROGRESS", "Anna", "Skickar elektriker").statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/cases/" + number + "/notes",
                "{\"actor\": \"Anna\", \"text\": \"Ringde Ellevio, de kommer på tisdag\"}").statusCode()).isEqualTo(201);
        assertThat(status(number, "RESOLVED", "Anna", null).statusCode()).isEqualTo(200);
        JsonNode closed = ApiClient.json(status(number, "CLOSED", "Bo", "Klart"));

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("resolvedAt").isNull()).isFalse();
        JsonNode events = ApiClient.json(api.get("/api/cases/" + number + "/events"));
        assertThat(events.valueStream().map(e -> e.get("kind").asString() + ":" + text(e, "from") + "→" + text(e, "to")
                + ":" + e.get("actor").asString()).toList()).containsExactly(
                "OPENED:null→NEW:civicbot",
                "STATUS:NEW→IN_PROGRESS:Anna",
                "NOTE:null→null:Anna",
                "STATUS:IN_PROGRESS→RESOLVED:Anna",
                "STATUS:RESOLVED→CLOSED:Bo");
        assertThat(events.get(1).get("note").asString()).isEqualTo("Skickar elektriker");
        assertThat(events.get(2).get("note").asString()).isEqualTo("Ringde Ellevio, de kommer på tisdag");
    }

    @Test
    void waitingForTheCitizenStopsTheReplyClockAndResumingGivesBackTheTimeLeft() {
        String number = openCase("lifecycle-pause", "Vattenläcka på Drottninggatan 7");
        Instant deadline = Instant.parse(ApiClient.json(api.get("/api/cases/" + number)).get("replyDeadline").asString());

        status(number, "WAITING_FOR_CITIZEN", "Anna", "Vilken port?");
        clock.advance(Duration.ofHours(30));
        JsonNode resumed = ApiClient.json(status(number, "IN_PROGRESS", "Anna", "Svar: port B"));

        // The test clock follows real time between moves, so the pause lasted 30 hours and a few milliseconds.
        assertThat(Instant.parse(resumed.get("replyDeadline").asString()))
                .isBetween(deadline.plus(Duration.ofHours(30)), deadline.plus(Duration.ofHours(30).plusSeconds(30)));
        assertThat(resumed.get("pausedAt").isNull()).isTrue();
    }

    @Test
    void aChangeTheStatusDoesNotAllowIsAConflictNamingTheAllowedOnes() {
        String number = openCase("lifecycle-conflict", "Gatlampan vid Kungsgatan 3 lyser inte");
        status(number, "RESOLVED", "Anna", null);
        status(number, "CLOSED", "Anna", null);

        HttpResponse<String> reopen = status(number, "IN_PROGRESS", "Anna", null);
        HttpResponse<String> noActor = status(number, "IN_PROGRESS", " ", null);
        HttpResponse<String> unknown = status("2026-999999", "IN_PROGRESS", "Anna", null);

        assertThat(reopen.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(reopen).get("detail").asString())
                .isEqualTo("Case " + number + " is CLOSED; it can no longer change, not IN_PROGRESS");
        assertThat(noActor.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api.get("/api/cases/" + number + "/events"))).hasSize(3);
    }

    @Test
    void aStreetLightingCaseIsExpectedFixedWithinItsTopicsTarget() {
        String number = openCase("lifecycle-target", "Gatlampan utanför Storgatan 20 är trasig");

        JsonNode kase = ApiClient.json(api.get("/api/cases/" + number));

        assertThat(Instant.parse(kase.get("expectedResolutionAt").asString()))
                .isEqualTo(Instant.parse(kase.get("openedAt").asString()).plus(Duration.ofDays(14)));
    }

    @Test
    void staffMergeTwoReportsOfOneFaultAndSplitThemAgain() {
        String first = openCase("lifecycle-merge-a", "Gatlampan vid Kungsgatan 8 är trasig");
        String second = openCase("lifecycle-merge-b", "Lampan på Kungsgatan 10 lyser inte");

        HttpResponse<String> merged = api.postJson("/api/cases/" + second + "/merge",
                "{\"into\": \"" + first + "\", \"actor\": \"Anna\", \"note\": \"Samma stolpe\"}");

        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(merged).get("reports").asInt()).isEqualTo(2);
        assertThat(ApiClient.json(api.get("/api/cases/" + second)).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(ApiClient.json(api.get("/api/cases/" + second + "/events")).valueStream()
                .map(e -> e.get("kind").asString()).toList()).containsExactly("OPENED", "MERGED");
        assertThat(api.postJson("/api/cases/" + second + "/merge", "{\"into\": \"" + first
                + "\", \"actor\": \"Anna\"}").statusCode()).isEqualTo(409);

        long secondReport = messageOf("lifecycle-merge-b");
        HttpResponse<String> split = api.postJson("/api/cases/" + first + "/split",
                "{\"messageIds\": [" + secondReport + "], \"actor\": \"Bo\", \"note\": \"Olika stolpar\"}");

        assertThat(split.statusCode()).isEqualTo(201);
        JsonNode splitOff = ApiClient.json(split);
        assertThat(splitOff.get("reports").asInt()).isEqualTo(1);
        assertThat(splitOff.get("topic").asString()).isEqualTo("STREET_LIGHTING");
        assertThat(ApiClient.json(api.get("/api/messages/" + secondReport)).get("caseNumber").asString())
                .isEqualTo(splitOff.get("number").asString());
        assertThat(ApiClient.json(api.get("/api/cases/" + first)).get("reports").asInt()).isEqualTo(1);
        HttpResponse<String> leaveNothing = api.postJson("/api/cases/" + first + "/split",
                "{\"messageIds\": [" + messageOf("lifecycle-merge-a") + "], \"actor\": \"Bo\"}");
        assertThat(leaveNothing.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(leaveNothing).get("detail").asString()).contains("left without reports");
    }

    private long messageOf(String sender) {
        return ApiClient.json(api.get("/api/simulator/conversations/" + sender)).get("lines").get(0)
                .get("messageId").asLong();
    }

    private String openCase(String sender, String text) {
        JsonNode message = api.awaitDecided(api.simulateAccepted(sender, text), Duration.ofSeconds(10));
        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        return message.get("caseNumber").asString();
    }

    private HttpResponse<String> status(String number, String status, String actor, String note) {
        return api.postJson("/api/cases/" + number + "/status", "{\"status\": \"" + status + "\", \"actor\": \""
                + actor + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}");
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? "null" : value.asString();
    }
}
