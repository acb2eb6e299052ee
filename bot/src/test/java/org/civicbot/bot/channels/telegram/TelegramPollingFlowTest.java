package org.civicbot.bot.channels.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.bot.channels.ChannelPolling;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Telegram channel in polling mode (the default) in the running bot: the bot's scheduler reads getUpdates
 * from a fake Bot API server under its lease, an outage only delays the messages, the cursor moves past what
 * was stored, and the shared location and the text are answered in the chat.
 */
class TelegramPollingFlowTest extends IntegrationTestBase {

    private static final WireMockServer TELEGRAM = new WireMockServer(wireMockConfig().dynamicPort());
    /** Each run polls its own bot, so a lease or cursor left by an earlier run is no obstacle. */
    private static final String BOT_ID = "6" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    private static final String TOKEN = BOT_ID + ":AAF-polling_test_token_0123456789abcd";
    private static final String BOT = "/bot" + TOKEN;
    private static final long CHAT = 1111111;
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry registry) {
        TELEGRAM.start();
        stubBotApi();
        registry.add("civicbot.channels.telegram.token", () -> TOKEN);
        registry.add("civicbot.channels.telegram.base-url", TELEGRAM::baseUrl);
    }

    /** Set before the bot starts: its scheduler polls from the first second. */
    private static void stubBotApi() {
        long date = Instant.now().getEpochSecond();
        TELEGRAM.stubFor(post(BOT + "/sendmessage").willReturn(okJson("""
                {"ok": true, "result": {"message_id": 1370, "date": %d, "text": "Tack!",
                 "from": {"id": %s, "is_bot": true, "first_name": "Kommunen"},
                 "chat": {"id": %d, "first_name": "Test", "type": "private"}}}""".formatted(date, BOT_ID, CHAT))));
        TELEGRAM.stubFor(post(BOT + "/getupdates").inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>502 Bad Gateway</body></html>"))
                .willSetStateTo("recovered"));
        TELEGRAM.stubFor(post(BOT + "/getupdates").inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(okJson("""
                        {"ok": true, "result": [
                          {"update_id": 20000, "message": {"message_id": 1365, "date": %1$d,
                            "chat": {"id": %2$d, "type": "private", "first_name": "Test"},
                            "from": {"id": %2$d, "is_bot": false, "first_name": "Test"},
                            "text": "Gatlampan utanför Storgatan 12 är trasig"}},
                          {"update_id": 20001, "message": {"message_id": 1366, "date": %1$d,
                            "chat": {"id": %2$d, "type": "private", "first_name": "Test"},
                            "from": {"id": %2$d, "is_bot": false, "first_name": "Test"},
                            "location": {"latitude": 59.858563, "longitude": 17.638927, "horizontal_accuracy": 12.4}}}
                        ]}""".formatted(date, CHAT)))
                .willSetStateTo("confirmed"));
        TELEGRAM.stubFor(post(BOT + "/getupdates").inScenario("outage").whenScenarioStateIs("confirmed")
                .willReturn(okJson("{\"ok\": true, \"result\": []}")));
    }

    @AfterAll
    static void stopTelegram() {
        TELEGRAM.stop();
    }

    @Autowired
    private ChannelPolling polling;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private MutableClock clock;

    @Test
    void updatesArePolledAfterAnOutageStoredOnceAnsweredAndConfirmedWithTheNextOffset() {
        await().atMost(WITHIN).until(() -> {
            polling.pollDue();
            return !TELEGRAM.getAllScenarios().getScenarios().get(0).getState().equals(Scenario.STARTED);
        });
        clock.advance(Duration.ofMinutes(20));
        long textId = await().atMost(WITHIN).until(() -> {
            polling.pollDue();
            return messages.findIdByExternalId("telegram", CHAT + ":1365");
        }, found -> found.isPresent()).orElseThrow();

        JsonNode text = api.awaitDecided(textId, WITHIN);
        assertThat(text.get("state").asString()).isEqualTo("CASE_OPENED");
        long locationId = messages.findIdByExternalId("telegram", CHAT + ":1366").orElseThrow();
        JsonNode location = api.awaitDecided(locationId, WITHIN);
        assertThat(location.at("/position/latitude").asDouble()).isEqualTo(59.858563);
        assertThat(location.at("/position/accuracyMeters").asInt()).isEqualTo(13);
        await().atMost(WITHIN).untilAsserted(() -> TELEGRAM.verify(postRequestedFor(urlEqualTo(BOT + "/sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(CHAT))))
                .withRequestBody(matchingJsonPath("$.text", containing(text.get("caseNumber").asString())))));

        clock.advance(Duration.ofMinutes(1));
        await().atMost(WITHIN).untilAsserted(() -> {
            polling.pollDue();
            TELEGRAM.verify(postRequestedFor(urlEqualTo(BOT + "/getupdates"))
                    .withRequestBody(matchingJsonPath("$.offset", equalTo("20002")))
                    .withRequestBody(matchingJsonPath("$.allowed_updates[0]", equalTo("message"))));
        });
    }
}
