package org.civicbot.bot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.function.Supplier;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad input gets a precise status and message, and the database is left as it was. */
class IngestApiTest extends IntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameExternalIdPostedTwiceIsStoredOnce() {
        HttpResponse<String> first = api.simulate("dedupe", "Hål i vägen på Älvgatan", "dedupe-1");
        HttpResponse<String> second = api.simulate("dedupe", "Hål i vägen på Älvgatan", "dedupe-1");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/messages/"));
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode firstBody = ApiClient.json(first);
        JsonNode secondBody = ApiClient.json(second);
        assertThat(secondBody.get("duplicate").asBoolean()).isTrue();
        assertThat(secondBody.get("messageId").asLong()).isEqualTo(firstBody.get("messageId").asLong());
        assertThat(rowsWithExternalId("dedupe-1")).isEqualTo(1);
    }

    @Test
    void staffSeeAStablePseudonymForTheSenderNeverTheirNumber() {
        long first = api.simulateAccepted("+46701234567", "Trasig lampa på Storgatan");
        long second = api.simulateAccepted("+46701234567", "Och en till på Kungsgatan");
        long other = api.simulateAccepted("+46709876543", "Hål i vägen");

        String firstView = api.get("/api/messages/" + first).body();
        String firstId = ApiClient.json(api.get("/api/messages/" + first)).get("senderId").asString();

        assertThat(firstId).matches("simulator-[0-9a-f]{20}");
        assertThat(ApiClient.json(api.get("/api/messages/" + second)).get("senderId").asString()).isEqualTo(firstId);
        assertThat(ApiClient.json(api.get("/api/messages/" + other)).get("senderId").asString()).isNotEqualTo(firstId);
        assertThat(firstView).doesNotContain("46701234567");
    }

    @Test
    void aTwentyThousandCharacterTextIsTooLarge() {
        assertRejected(() -> api.simulate("bad-long", "a".repeat(20_000), "bad-long-1"), 413,
                "The text is 20000 characters long; the limit is 10000");
    }

    @Test
    void anEmptyTextHasNothingToAnswer() {
        assertRejected(() -> api.simulate("bad-empty", "   ", "bad-empty-1"), 422,
                "The message has no text, no attachment and no position; there is nothing to answer");
    }

    @Test
    void aPhotoThatIsNotBase64IsRejectedSayingWhere() {
        ObjectNode post = ApiClient.simulatorPost("bad-base64", "Trasig lampa").put("photo", "/9j/4AAQ%%%%");

        assertRejected(() -> api.simulate(post), 422,
                "photo is not valid base64: character 9 (U+0025) is not in the base64 alphabet");
    }

    @Test
    void aPhotoOverTenMegabytesIsTooLarge() {
        byte[] photo = new byte[10 * 1024 * 1024 + 1];
        ObjectNode post = ApiClient.simulatorPost("bad-photo-size", "Trasig lampa")
                .put("photo", Base64.getEncoder().encodeToString(photo));

        assertRejected(() -> api.simulate(post), 413, "The photo is 10485761 bytes; the limit is 10485760 (10 MB)");
    }

    @Test
    void aPositionOutsideTheGlobeIsRejected() {
        ObjectNode north = ApiClient.simulatorPost("bad-latitude", "Trasig lampa");
        north.putObject("position").put("latitude", 91.0).put("longitude", 13.5);
        ObjectNode east = ApiClient.simulatorPost("bad-longitude", "Trasig lampa");
        east.putObject("position").put("latitude", 59.4).put("longitude", 180.5).put("accuracyMeters", 10);
        ObjectNode half = ApiClient.simulatorPost("bad-half-position", "Trasig lampa");
        half.putObject("position").put("latitude", 59.4);

        assertRejected(() -> api.simulate(north), 422, "latitude must be between -90 and 90, was 91.0");
        assertRejected(() -> api.simulate(east), 422, "longitude must be between -180 and 180, was 180.5");
        assertRejected(() -> api.simulate(half), 422, "position needs both latitude and longitude");
    }

    @Test
    void invalidJsonIsAMalformedRequest() {
        long before = totalMessages();

        HttpResponse<String> response = api.postJson("/api/simulator/messages", "{\"sender\": \"x\", \"text\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("detail").asString()).startsWith("The request body is not valid JSON");
        assertThat(totalMessages()).isEqualTo(before);
    }

    @Test
    void aWebhookPathNoChannelServesIsNotFound() {
        long before = totalMessages();

        HttpResponse<String> response = api.postJson("/webhooks/myspace", "{\"text\": \"hej\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response).get("detail").asString())
                .startsWith("No channel is connected at /webhooks/myspace");
        assertThat(totalMessages()).isEqualTo(before);
    }

    @Test
    void brokenUnicodeAndNulCharactersAreRejected() {
        assertRejected(() -> api.postJson("/api/simulator/messages",
                "{\"sender\": \"bad-unicode\", \"text\": \"trasig \\ud800 lampa\"}"), 422,
                "The text contains broken Unicode (an unpaired surrogate)");
        assertRejected(() -> api.postJson("/api/simulator/messages",
                "{\"sender\": \"bad-nul\", \"text\": \"trasig \\u0000 lampa\"}"), 422,
                "The text contains NUL characters, which cannot be stored");
    }

    @Test
    void aMissingSenderIsRejected() {
        assertRejected(() -> api.postJson("/api/simulator/messages", "{\"text\": \"hej\"}"), 422,
                "sender is missing or blank");
    }

    @Test
    void exactlyTenThousandCharactersAreAccepted() {
        String text = "Gatlampan är trasig. " + "x".repeat(10_000 - 21);

        assertThat(api.simulate("edge-long", text, "edge-long-1").statusCode()).isEqualTo(202);
    }

    private void assertRejected(Supplier<HttpResponse<String>> request, int status, String detail) {
        long before = totalMessages();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).isEqualTo(detail);
        assertThat(totalMessages()).isEqualTo(before);
    }

    private long totalMessages() {
        return jdbc.sql("SELECT count(*) FROM message").query(Long.class).single();
    }

    private long rowsWithExternalId(String externalId) {
        return jdbc.sql("SELECT count(*) FROM message WHERE external_id = ?").param(externalId).query(Long.class).single();
    }
}
