package org.civicbot.bot.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.civicbot.bot.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases opened the way citizens open them (through the simulator), and moved on the way staff do (the API). */
public final class CaseFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A citizen's fault report that gives away who they are and tries to inject markup: none of it may show on a
     * public page.
     */
    public static final String PERSONAL_AND_HOSTILE =
            " Ring mig, Agneta Zetterqvist, 070-123 45 67 eller agneta.zetterqvist@example.se."
            + " <script>alert(1)</script> <img src=x onerror=alert(1)>";

    public static final String[] NEVER_PUBLIC = {"Agneta", "Zetterqvist", "070-123", "123 45 67",
            "agneta.zetterqvist@example.se", "<script>alert(1)", "<img src=x", "onerror"};

    private final ApiClient api;

    public CaseFixtures(ApiClient api) {
        this.api = api;
    }

    /** Opens a case and returns it as the staff API shows it (number, trackingToken, location, ...). */
    public JsonNode openCase(String sender, String text) {
        JsonNode message = api.awaitDecided(api.simulateAccepted(sender, text), Duration.ofSeconds(10));
        assertThat(message.get("state").asString()).as(message.toString()).isEqualTo("CASE_OPENED");
        return ApiClient.json(api.get("/api/cases/" + message.get("caseNumber").asString()));
    }

    public HttpResponse<String> changeStatus(String number, String status, String actor, String note) {
        var body = JSON.createObjectNode().put("status", status).put("actor", actor);
        if (note != null) {
            body.put("note", note);
        }
        HttpResponse<String> response = api.postJson("/api/cases/" + number + "/status", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
