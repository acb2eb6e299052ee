package org.civicbot.bot.channels.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;


import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.outbox.OutboxDispatcher;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.TestPhotos;
import org.civicbot.bot.support.MutableClock;
import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.telegram.TelegramConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Telegram channel in webhook mode in the running bot: Telegram (a fake Bot API server) posts Update JSON to
 * {@code /webhooks/telegram} with the secret token; the message is stored, classified and answered with
 * sendMessage in its chat through telegrambots' client; a repeated delivery is one message; a rate limit or an
 * outage only delays the reply; an image sent as a file is downloaded so its GPS tags place the case.
 */
class TelegramWebhookFlowTest extends IntegrationTestBase {

    private static final WireMockServer TELEGRAM = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String TOKEN = "7" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)
            + ":AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final String BOT = "/bot" + TOKEN;
    private static final String SECRET = "kommun_webhook-secret-2026";
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(10);
    private static final GeoPoint STORGATAN_12 = Gazetteer.demo().addresses("Storgatan").stream()
            .filter(a -> a.number().equals("12")).findFirst().orElseThrow().point();
    /** Each test writes from its own chat, so the fake server's journal tells the tests' replies apart. */
    private static final AtomicLong CHATS = new AtomicLong(5_100_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 100L);

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry registry) {
        TELEGRAM.start();
        stubBotApi();
        registry.add("civicbot.channels.telegram.token", () -> TOKEN);
        registry.add("civicbot.channels.telegram.mode", () -> "webhook");
        registry.add("civicbot.channels.telegram.webhook-secret", () -> SECRET);
        registry.add("civicbot.channels.telegram.webhook-url", () -> "https://kommun.example/webhooks/telegram");
        registry.add("civicbot.channels.telegram.base-url", TELEGRAM::baseUrl);
    }

    @AfterAll
    static void stopTelegram() {
        TELEGRAM.stop();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private MutableClock clock;
    @Autowired
    private OutboxDispatcher outbox;
    @Autowired
    private List<Connector> connectors;
    @Autowired
    private JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Stubs only: the journal is kept, so the start's setWebhook stays visible. */
    @BeforeEach
    void telegramWorks() {
        TELEGRAM.resetMappings();
        TELEGRAM.resetScenarios();
        stubBotApi();
    }

    @Test
    void theWebhookWasRegisteredWithItsSecretAtStartAndTheConnectorRepliesWithTheBot() {
        TELEGRAM.verify(postRequestedFor(urlEqualTo(BOT + "/setWebhook"))
                .withRequestBody(containing("https://kommun.example/webhooks/telegram"))
                .withRequestBody(containing(SECRET)));
        assertThat(connectors).filteredOn(connector -> connector.channel() == Channel.TELEGRAM).singleElement()
                .isInstanceOf(TelegramConnector.class)
                .satisfies(telegram -> assertThat(telegram.status().detail()).contains("webhook").doesNotContain(TOKEN));
        assertThat(api.get("/actuator/health").body()).contains("/webhooks/telegram").doesNotContain(TOKEN);
    }

    @Test
    void aMessageIsStoredClassifiedAndAnsweredInItsChatAndARedeliveryChangesNothing() throws Exception {
        long chat = CHATS.incrementAndGet();
        String update = textUpdate(chat, 41, "Gatlampan utanför Storgatan 12 är trasig");

        assertThat(deliver(update, SECRET).statusCode()).isEqualTo(200);
        long id = messages.findIdByExternalId("telegram", chat + ":41").orElseThrow();
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("text").asString()).isEqualTo("Gatlampan utanför Storgatan 12 är trasig");
        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        String caseNumber = message.get("caseNumber").asString();
        awaitReplies(chat, 1);
        TELEGRAM.verify(postRequestedFor(urlEqualTo(BOT + "/sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                .withRequestBody(matchingJsonPath("$.text", containing(caseNumber))));

        // Telegram delivers again when it missed our 200: the same message, not a second one.
        assertThat(deliver(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(messages.findIdByExternalId("telegram", chat + ":41")).contains(id);
        outbox.sendDue();
        assertThat(replies(chat)).isEqualTo(1);
    }

    @Test
    void aMissingSecretIs401AWrongOne403AndNeitherIsStored() throws Exception {
        long chat = CHATS.incrementAndGet();
        String update = textUpdate(chat, 42, "Vattenläcka på Drottninggatan 7");

        assertThat(deliver(update, null).statusCode()).isEqualTo(401);
        assertThat(deliver(update, SECRET + "x").statusCode()).isEqualTo(403);

        assertThat(messages.findIdByExternalId("telegram", chat + ":42")).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnUpdateIs400AndAnEditOrAButtonPressIs200AndIgnored() throws Exception {
        long chat = CHATS.incrementAndGet();

        assertThat(deliver("{\"update_id\": 1, \"message\": ", SECRET).statusCode()).isEqualTo(400);
        assertThat(deliver("""
                {"update_id": 10000, "edited_message": {"date": 1441645532, "message_id": 43, "edit_date": 1441646600,
                 "chat": {"id": %1$d, "type": "private", "first_name": "Test"},
                 "from": {"id": %1$d, "is_bot": false, "first_name": "Test"}, "text": "Edited text"}}"""
                .formatted(chat), SECRET).statusCode()).isEqualTo(200);
        assertThat(deliver("""
                {"update_id": 10001, "callback_query": {"id": "4382bfdwdsb323b2d9", "chat_instance": "-765387",
                 "from": {"id": %d, "is_bot": false, "first_name": "Test"}, "data": "Data from button callback"}}"""
                .formatted(chat), SECRET).statusCode()).isEqualTo(200);

        assertThat(messages.findIdByExternalId("telegram", chat + ":43")).isEmpty();
    }

    @Test
    void startIsGreetedAtOnceAndNotStoredAsACitizenMessage() throws Exception {
        long chat = CHATS.incrementAndGet();

        assertThat(deliver(textUpdate(chat, 44, "/start"), SECRET).statusCode()).isEqualTo(200);

        assertThat(messages.findIdByExternalId("telegram", chat + ":44")).isEmpty();
        TELEGRAM.verify(postRequestedFor(urlEqualTo(BOT + "/sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                .withRequestBody(matchingJsonPath("$.text", matching("(?s)Hej! .*\nHi! .*"))));
    }

    @Test
    void aRateLimitedReplyIsSentOnceTelegramsRetryAfterHasPassed() throws Exception {
        long chat = CHATS.incrementAndGet();
        stubSendScenario(chat, json(429, """
                {"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 60",
                 "parameters": {"retry_after": 60}}"""));

        long id = deliverAndAwaitDecided(chat, 45, "Vattenläcka på Drottninggatan 7");
        awaitReplies(chat, 1);
        assertThat(replyState(id)).isEqualTo("PENDING");

        clock.advance(Duration.ofSeconds(30));
        outbox.sendDue();
        assertThat(replies(chat)).as("not before the minute Telegram asked for").isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        awaitSent(id);
        assertThat(replies(chat)).isEqualTo(2);
    }

    @Test
    void anOutageOfTheBotApiDelaysTheReplyWithoutLosingIt() throws Exception {
        long chat = CHATS.incrementAndGet();
        stubSendScenario(chat, aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));

        long id = deliverAndAwaitDecided(chat, 46, "Gatlampan utanför Storgatan 12 är trasig");
        awaitReplies(chat, 1);

        clock.advance(Duration.ofMinutes(15));
        awaitSent(id);

        assertThat(replies(chat)).isEqualTo(2);
    }

    @Test
    void anImageSentAsAFileIsDownloadedSoItsGpsTagsPlaceTheCase() throws Exception {
        long chat = CHATS.incrementAndGet();
        String fileId = "BQACAgQAAxkBAAIBaGRvY3VtZW50" + chat;
        TELEGRAM.stubFor(post(BOT + "/getFile").withRequestBody(matchingJsonPath("$.file_id", equalTo(fileId)))
                .willReturn(okJson("""
                        {"ok": true, "result": {"file_id": "%s", "file_unique_id": "AgADdoc", "file_size": 4096,
                         "file_path": "documents/file_%d.jpg"}}""".formatted(fileId, chat))));
        TELEGRAM.stubFor(get(urlEqualTo("/file" + BOT + "/documents/file_" + chat + ".jpg"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(TestPhotos.jpegTakenAt(STORGATAN_12))));

        assertThat(deliver("""
                {"update_id": 10003, "message": {"message_id": 47, "date": %2$d,
                 "from": {"id": %1$d, "is_bot": false, "first_name": "Test"},
                 "chat": {"id": %1$d, "first_name": "Test", "type": "private"},
                 "document": {"file_name": "IMG_2041.JPG", "mime_type": "image/jpeg", "file_id": "%3$s",
                              "file_unique_id": "AgADdoc", "file_size": 4096},
                 "caption": "Trasig gatlampa, se bild"}}""".formatted(chat, clock.instant().getEpochSecond(), fileId),
                SECRET).statusCode()).isEqualTo(200);
        JsonNode message = api.awaitDecided(messages.findIdByExternalId("telegram", chat + ":47").orElseThrow(),
                DECIDED_WITHIN);

        assertThat(message.at("/position/source").asString()).isEqualTo("PHOTO_EXIF");
        assertThat(message.at("/location/normalized").asString()).isEqualTo("Storgatan 12");
        assertThat(jdbc.sql("SELECT attachments::text FROM message WHERE id = ?").param(message.get("id").asLong())
                .query(String.class).single())
                .as("the file is kept by its id; neither its bytes nor the URL with the token are stored")
                .contains("telegram:file/" + fileId).doesNotContain(TOKEN).doesNotContain("content");
    }

    /** Delivers a text message and waits for its decision, not for its reply (which these tests hold up). */
    private long deliverAndAwaitDecided(long chat, int messageId, String text) throws Exception {
        assertThat(deliver(textUpdate(chat, messageId, text), SECRET).statusCode()).isEqualTo(200);
        long id = messages.findIdByExternalId("telegram", chat + ":" + messageId).orElseThrow();
        await().atMost(DECIDED_WITHIN).until(() -> !"RECEIVED".equals(
                ApiClient.json(api.get("/api/messages/" + id)).get("state").asString()));
        return id;
    }

    /** A text message Update as in Telegram's webhook guide, from this chat. */
    private String textUpdate(long chat, int messageId, String text) {
        return """
                {"update_id": %2$d, "message": {"date": %3$d,
                 "chat": {"last_name": "Test Lastname", "id": %1$d, "type": "private", "first_name": "Test",
                          "username": "Test"},
                 "message_id": %2$d,
                 "from": {"last_name": "Test Lastname", "id": %1$d, "is_bot": false, "first_name": "Test",
                          "username": "Test"},
                 "text": "%4$s"}}""".formatted(chat, messageId, clock.instant().getEpochSecond(), text);
    }

    private HttpResponse<String> deliver(String update, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** First this failure for the chat's replies, then Telegram's usual answer. */
    private static void stubSendScenario(long chat, ResponseDefinitionBuilder failure) {
        String scenario = "chat-" + chat;
        TELEGRAM.stubFor(post(BOT + "/sendmessage").atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("recovered"));
    }

    private static void stubBotApi() {
        TELEGRAM.stubFor(post(BOT + "/setWebhook").willReturn(okJson("""
                {"ok": true, "result": true, "description": "Webhook was set"}""")));
        TELEGRAM.stubFor(post(BOT + "/sendmessage").atPriority(5).willReturn(okJson("""
                {"ok": true, "result": {"message_id": 1370, "date": 1441645600, "text": "Tack!",
                 "from": {"id": 1, "is_bot": true, "first_name": "Kommunen", "username": "KommunenBot"},
                 "chat": {"id": 1111111, "first_name": "Test", "type": "private"}}}""")));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static int replies(long chat) {
        return TELEGRAM.findAll(postRequestedFor(urlEqualTo(BOT + "/sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))).size();
    }

    private static void awaitReplies(long chat, int count) {
        await().atMost(DECIDED_WITHIN).until(() -> replies(chat) >= count);
    }

    /** Runs the outbox until the reply is sent (the scheduler's own run may be the one that sends it). */
    private void awaitSent(long messageId) {
        await().atMost(DECIDED_WITHIN).untilAsserted(() -> {
            outbox.sendDue();
            assertThat(replyState(messageId)).isEqualTo("SENT");
        });
    }

    private String replyState(long messageId) {
        return ApiClient.json(api.get("/api/messages/" + messageId)).at("/replies/0/state").asString();
    }

}
