package org.civicbot.bot.channels.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.bot.channels.ChannelPolling;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.outbox.OutboxDispatcher;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.civicbot.connectors.facebook.FacebookChannel;
import org.civicbot.connectors.signature.HmacSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Facebook Page channel in the running bot, against a fake Graph API: a Messenger message and a comment
 * delivered to {@code /webhooks/facebook} (Meta's documented samples, with this run's ids, signed with the app
 * secret) are stored once, classified and answered through the Send API or under the comment with the Page
 * token; a bad signature stores nothing; a rate limit or an outage only delays the reply; comments are also
 * found by polling.
 */
class FacebookChannelFlowTest extends IntegrationTestBase {

    private static final WireMockServer GRAPH = new WireMockServer(wireMockConfig().dynamicPort());
    /** Each run has its own Page, so a polling lease left in Redis by an earlier run is no obstacle. */
    private static final String PAGE_ID = Long.toString(100_000_000_000_000L
            + ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    private static final String APP_SECRET = "kommun-app-secret-0f3c9a1b";
    private static final String VERIFY_TOKEN = "kommun-verify-token";
    private static final String PAGE_TOKEN = "EAAGkommunPageAccessToken";
    private static final String SEND_API = "/v23.0/me/messages";
    private static final String FIXTURES = "../connectors/src/test/resources/facebook/";
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void fakeGraph(DynamicPropertyRegistry registry) {
        GRAPH.start();
        registry.add("civicbot.channels.facebook.page-id", () -> PAGE_ID);
        registry.add("civicbot.channels.facebook.page-access-token", () -> PAGE_TOKEN);
        registry.add("civicbot.channels.facebook.app-secret", () -> APP_SECRET);
        registry.add("civicbot.channels.facebook.verify-token", () -> VERIFY_TOKEN);
        registry.add("civicbot.channels.facebook.graph-base-url", GRAPH::baseUrl);
        registry.add("civicbot.channels.facebook.poll-comments", () -> "true");
    }

    @AfterAll
    static void stopGraph() {
        GRAPH.stop();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private FacebookChannel facebook;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private OutboxDispatcher outbox;
    @Autowired
    private ChannelPolling polling;
    @Autowired
    private MutableClock clock;

    @BeforeEach
    void graphAnswers() {
        GRAPH.resetAll();
        GRAPH.stubFor(post(urlPathEqualTo(SEND_API)).willReturn(okJson(fixture("send-api-response.json"))));
        GRAPH.stubFor(get(urlPathEqualTo("/v23.0/" + PAGE_ID + "/posts")).willReturn(okJson("{\"data\": []}")));
    }

    @Test
    void theChannelIsOnAndAnswersMetasHandshake() {
        assertThat(facebook.status().enabled()).isTrue();
        assertThat(polling.schedules()).containsKey("facebook:" + PAGE_ID);

        HttpResponse<String> subscribed = api.get("/webhooks/facebook?hub.mode=subscribe&hub.verify_token="
                + VERIFY_TOKEN + "&hub.challenge=1158201444");
        HttpResponse<String> guessed = api.get("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=guess"
                + "&hub.challenge=1158201444");

        assertThat(subscribed.statusCode()).isEqualTo(200);
        assertThat(subscribed.body()).isEqualTo("1158201444");
        assertThat(guessed.statusCode()).isEqualTo(403);
    }

    @Test
    void aMessengerMessageIsClassifiedAndAnsweredWithTheSendApiOnceEvenIfDeliveredTwice() {
        String mid = newMid();
        String delivery = messengerText(mid, "Gatlampan utanför Storgatan 12 är trasig");

        assertThat(deliver(delivery).statusCode()).isEqualTo(200);
        long id = messages.findIdByExternalId("facebook", mid).orElseThrow();
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        String caseNumber = message.get("caseNumber").asString();
        GRAPH.verify(1, postRequestedFor(urlPathEqualTo(SEND_API))
                .withHeader("Authorization", equalTo("Bearer " + PAGE_TOKEN))
                .withFormParam("recipient", equalToJson("{\"id\": \"" + psidOf(mid) + "\"}"))
                .withFormParam("messaging_type", equalTo("RESPONSE"))
                .withFormParam("message", matchingJsonPath("$.text", containing(caseNumber))));

        // Meta delivers again (a replay, or a retry after a lost 200): stored and answered once.
        assertThat(deliver(delivery).statusCode()).isEqualTo(200);
        assertThat(messages.findIdByExternalId("facebook", mid)).contains(id);
        outbox.sendDue();
        GRAPH.verify(1, postRequestedFor(urlPathEqualTo(SEND_API)).withFormParam("recipient",
                equalToJson("{\"id\": \"" + psidOf(mid) + "\"}")));
    }

    @Test
    void aDeliveryWithoutOrWithAWrongSignatureStoresNothing() {
        String mid = newMid();
        byte[] body = messengerText(mid, "Gatlampan utanför Storgatan 12 är trasig").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> unsigned = postWebhook(body, null);
        HttpResponse<String> forged = postWebhook(body, "sha256=" + HmacSignature.sha256("another-app").signHex(body));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(messages.findIdByExternalId("facebook", mid)).isEmpty();
    }

    @Test
    void aMalformedBodyIs400AndAnEventCivicbotDoesNotReadIs200() {
        assertThat(deliver("{\"object\": \"page\", \"entry\": [").statusCode()).isEqualTo(400);
        assertThat(deliver(fixture("delivery-and-read.json").replace("104213458123456", PAGE_ID)).statusCode())
                .isEqualTo(200);
        assertThat(deliver("{\"object\": \"page\", \"entry\": [{\"id\": \"" + PAGE_ID + "\", \"time\": 1,"
                + " \"changes\": [{\"field\": \"ratings\", \"value\": {\"item\": \"rating\", \"verb\": \"add\"}}]}]}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aRateLimitedReplyGoesOutOnceGraphsWaitIsOver() {
        GRAPH.stubFor(sendApi().inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")).willSetStateTo("open"));
        GRAPH.stubFor(sendApi().inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(fixture("send-api-response.json"))));
        String mid = newMid();

        deliver(messengerText(mid, "Vattenläcka på Drottninggatan 7"));
        long id = messages.findIdByExternalId("facebook", mid).orElseThrow();
        JsonNode waiting = awaitReplyAttempted(id);
        assertThat(waiting.at("/replies/0/state").asString()).isEqualTo("PENDING");

        clock.advance(Duration.ofSeconds(60));
        outbox.sendDue();
        GRAPH.verify(1, postRequestedFor(urlPathEqualTo(SEND_API)));

        clock.advance(Duration.ofSeconds(61));
        outbox.sendDue();
        assertThat(api.awaitDecided(id, DECIDED_WITHIN).at("/replies/0/state").asString()).isEqualTo("SENT");
        GRAPH.verify(2, postRequestedFor(urlPathEqualTo(SEND_API)));
    }

    @Test
    void anOutageDelaysTheReplyWithoutLosingIt() {
        GRAPH.stubFor(sendApi().inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("down again"));
        GRAPH.stubFor(sendApi().inScenario("outage").whenScenarioStateIs("down again")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "An unexpected error has occurred. Please retry your request later.",
                                   "type": "OAuthException", "is_transient": true, "code": 2,
                                   "fbtrace_id": "A8kP2mXzq1B"}}"""))
                .willSetStateTo("recovered"));
        GRAPH.stubFor(sendApi().inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(okJson(fixture("send-api-response.json"))));
        String mid = newMid();

        deliver(messengerText(mid, "När töms soptunnorna i Våxnäs?"));
        long id = messages.findIdByExternalId("facebook", mid).orElseThrow();
        awaitReplyAttempted(id);
        await().atMost(DECIDED_WITHIN).untilAsserted(() -> {
            clock.advance(Duration.ofMinutes(2));
            outbox.sendDue();
            GRAPH.verify(3, postRequestedFor(urlPathEqualTo(SEND_API)));
        });

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);
        assertThat(message.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(message.at("/replies/0/state").asString()).isEqualTo("SENT");
        assertThat(message.at("/replies/0/attempts").asInt()).isEqualTo(3);
        GRAPH.verify(postRequestedFor(urlPathEqualTo(SEND_API))
                .withFormParam("message", matchingJsonPath("$.text", containing("/wiki/sophamtning-och-hamtdagar"))));
    }

    @Test
    void aCommentOnThePagesPostIsAnsweredUnderIt() {
        String commentId = "901097836652708_" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        String replyPath = "/v23.0/" + commentId + "/comments";
        GRAPH.stubFor(post(urlPathEqualTo(replyPath)).willReturn(okJson(fixture("comment-reply-response.json"))));
        String delivery = fixture("feed-comment.json").replace("104213458123456", PAGE_ID)
                .replace("901097836652708_903438993085259", commentId)
                .replace("1764757903", Long.toString(clock.instant().getEpochSecond()));

        assertThat(deliver(delivery).statusCode()).isEqualTo(200);
        long id = messages.findIdByExternalId("facebook", commentId).orElseThrow();
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.at("/replies/0/state").asString()).isEqualTo("SENT");
        GRAPH.verify(1, postRequestedFor(urlPathEqualTo(replyPath))
                .withHeader("Authorization", equalTo("Bearer " + PAGE_TOKEN))
                .withFormParam("message", equalTo(message.at("/replies/0/text").asString())));
    }

    @Test
    void aCommentTheWebhookMissedIsFoundByPollingAndAnswered() {
        String postId = PAGE_ID + "_901097836652708";
        String commentId = "901097836652708_" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC)
                .format(clock.instant());
        GRAPH.stubFor(get(urlPathEqualTo("/v23.0/" + PAGE_ID + "/posts")).willReturn(okJson("""
                {"data": [{"updated_time": "%s", "id": "%s"}]}""".formatted(now, postId))));
        GRAPH.stubFor(get(urlPathEqualTo("/v23.0/" + postId + "/comments")).willReturn(okJson("""
                {"data": [{"created_time": "%s", "from": {"name": "Anna Andersson", "id": "7201946385712345"},
                           "message": "Gatlampan utanför Storgatan 12 är trasig", "id": "%s"}]}"""
                .formatted(now, commentId))));
        GRAPH.stubFor(post(urlPathEqualTo("/v23.0/" + commentId + "/comments"))
                .willReturn(okJson(fixture("comment-reply-response.json"))));
        clock.advance(Duration.ofMinutes(5));

        long id = await().atMost(DECIDED_WITHIN).until(() -> {
            polling.pollDue();
            return messages.findIdByExternalId("facebook", commentId);
        }, found -> found.isPresent()).orElseThrow();
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/v23.0/" + commentId + "/comments"))
                .withFormParam("message", containing(message.get("caseNumber").asString())));
    }

    /** The documented text-message sample with this run's Page, a new mid and sender, written now. */
    private String messengerText(String mid, String text) {
        return fixture("message-text.json").replace("104213458123456", PAGE_ID)
                .replace("6782391846521234", psidOf(mid))
                .replace("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P", mid)
                .replace("1764757542779", Long.toString(clock.instant().toEpochMilli()))
                .replace("Gatlampan utanför Storgatan 12 är trasig", text);
    }

    private static String newMid() {
        return "m_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Each message its own citizen, so one test's replies never count in another's. */
    private static String psidOf(String mid) {
        return Long.toString(Math.floorMod(mid.hashCode(), 1_000_000_000L) + 6_000_000_000_000_000L);
    }

    /** Waits until the pipeline decided the message and the outbox tried its reply once. */
    private JsonNode awaitReplyAttempted(long id) {
        return await().atMost(DECIDED_WITHIN).until(() -> ApiClient.json(api.get("/api/messages/" + id)),
                message -> message.at("/replies/0/attempts").asInt() >= 1);
    }

    private static MappingBuilder sendApi() {
        return post(urlPathEqualTo(SEND_API));
    }

    private HttpResponse<String> deliver(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return postWebhook(bytes, "sha256=" + HmacSignature.sha256(APP_SECRET).signHex(bytes));
    }

    /** A POST as Meta makes it, with the signature header when one is given. */
    private HttpResponse<String> postWebhook(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/facebook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of(FIXTURES + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
