package org.civicbot.bot.channels.twitter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.bot.channels.ChannelPolling;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.twitter.TwitterConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The X channel in the running bot: a mention at the fake X API is polled by the bot's scheduler, classified and
 * answered with a post in reply, signed with the account's OAuth 1.0a credentials; the cursor is kept, a
 * mention read twice is stored and answered once, and a rate limit or an outage only delays the mentions.
 */
class TwitterChannelFlowTest extends IntegrationTestBase {

    private static final WireMockServer X = new WireMockServer(wireMockConfig().dynamicPort());
    /** Each run polls its own account, so a polling lease left in Redis by an earlier run is no obstacle. */
    private static final long ACCOUNT = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    private static final String MENTIONS = "/2/users/" + ACCOUNT + "/mentions";
    private static final String POLLED = "twitter:" + ACCOUNT;
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(10);
    /** How X writes a post's time: always with milliseconds. */
    private static final DateTimeFormatter X_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @DynamicPropertySource
    static void fakeX(DynamicPropertyRegistry registry) {
        X.start();
        registry.add("civicbot.channels.twitter.consumer-key", () -> "kommun-consumer-key");
        registry.add("civicbot.channels.twitter.consumer-secret", () -> "kommun-consumer-secret");
        registry.add("civicbot.channels.twitter.access-token", () -> ACCOUNT + "-kommun-access-token");
        registry.add("civicbot.channels.twitter.access-token-secret", () -> "kommun-access-token-secret");
        registry.add("civicbot.channels.twitter.account-id", () -> Long.toString(ACCOUNT));
        registry.add("civicbot.channels.twitter.base-url", X::baseUrl);
    }

    @AfterAll
    static void stopX() {
        X.stop();
    }

    @Autowired
    private ChannelPolling polling;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private MutableClock clock;
    @Autowired
    private List<Connector> connectors;

    /**
     * Posting works, and between the tests X has no new mentions, so the scheduler's reads meanwhile neither fail
     * nor find anything. Each test stubs its mentions, then moves the clock so a read is due.
     */
    @BeforeEach
    void quietX() {
        X.resetAll();
        X.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(json(201, """
                {"data": {"edit_history_tweet_ids": ["1445880548472328192"], "id": "1445880548472328192",
                          "text": "Tack!"}}""").withHeader("x-rate-limit-limit", "200")
                .withHeader("x-rate-limit-remaining", "199")
                .withHeader("x-rate-limit-reset", Long.toString(clock.instant().plusSeconds(900).getEpochSecond()))));
        X.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(json(200, """
                {"meta": {"result_count": 0}}""")));
    }

    @Test
    void theTwitterConnectorIsTheChannelsSenderAndPoller() {
        assertThat(connectors).filteredOn(connector -> connector.channel() == Channel.TWITTER).singleElement()
                .isInstanceOf(TwitterConnector.class)
                .satisfies(twitter -> assertThat(twitter.status().enabled()).isTrue());
        assertThat(polling.schedules()).containsKey(POLLED);
    }

    @Test
    void aMentionIsPolledClassifiedAndAnsweredWithAPostInReplyOnce() {
        String mention = "1600000000000000001";
        X.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(mentions(mention,
                "@kommunen Gatlampan utanför Storgatan 12 är trasig", """
                "geo": {"coordinates": {"type": "Point", "coordinates": [13.5036, 59.3793]}},""")));
        clock.advance(Duration.ofHours(1));

        long id = awaitStored(mention);
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);

        assertThat(message.get("text").asString()).isEqualTo("Gatlampan utanför Storgatan 12 är trasig");
        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        assertThat(message.at("/position/latitude").asDouble()).isEqualTo(59.3793);
        assertThat(message.at("/position/longitude").asDouble()).isEqualTo(13.5036);
        String caseNumber = message.get("caseNumber").asString();
        X.verify(1, postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withHeader("Authorization", matching("OAuth .*oauth_consumer_key=\"kommun-consumer-key\".*"))
                .withHeader("Authorization", containing("oauth_token=\"" + ACCOUNT + "-kommun-access-token\""))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(mention)))
                .withRequestBody(matchingJsonPath("$.text", containing(caseNumber))));

        // The next read starts after the mention; X sending it again anyway stores and answers nothing new.
        clock.advance(Duration.ofMinutes(2));
        await().atMost(DECIDED_WITHIN).untilAsserted(() -> X.verify(getRequestedFor(urlPathEqualTo(MENTIONS))
                .withQueryParam("since_id", equalTo(mention))));
        assertThat(messages.findIdByExternalId("twitter", mention)).contains(id);
        X.verify(1, postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(mention))));
    }

    @Test
    void aRateLimitedPollWaitsForTheWindowToResetAndThenReadsTheMention() {
        String mention = "1600000000000000002";
        clock.advance(Duration.ofHours(1));
        Instant reset = clock.instant().plusSeconds(300);
        X.stubFor(get(urlPathEqualTo(MENTIONS)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, """
                        {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank",
                         "status": 429}""").withHeader("x-rate-limit-limit", "10")
                        .withHeader("x-rate-limit-remaining", "0")
                        .withHeader("x-rate-limit-reset", Long.toString(reset.getEpochSecond())))
                .willSetStateTo("reset"));
        X.stubFor(get(urlPathEqualTo(MENTIONS)).inScenario("limit").whenScenarioStateIs("reset")
                .willReturn(mentions(mention, "@kommunen Vattenläcka på Drottninggatan 7", "")));

        ChannelPolling.Schedule limited = awaitPollFailure("429");

        // Not the usual seconds of backoff: the next read waits for the window X announced.
        assertThat(limited.nextPollAt()).isAfterOrEqualTo(reset.minusSeconds(2));
        assertThat(messages.findIdByExternalId("twitter", mention)).isEmpty();
        clock.advance(Duration.ofSeconds(300));
        long id = awaitStored(mention);
        assertThat(api.awaitDecided(id, DECIDED_WITHIN).get("state").asString()).isEqualTo("CASE_OPENED");
        X.verify(postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(mention))));
    }

    @Test
    void anOutageDelaysTheMentionsWithoutLosingThem() {
        String mention = "1600000000000000003";
        X.stubFor(get(urlPathEqualTo(MENTIONS)).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(503, """
                        {"title": "Service Unavailable", "detail": "Service Unavailable", "type": "about:blank",
                         "status": 503}""")).willSetStateTo("recovered"));
        X.stubFor(get(urlPathEqualTo(MENTIONS)).inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(mentions(mention, "@kommunen När töms soptunnorna i Våxnäs?", "")));
        clock.advance(Duration.ofHours(1));

        awaitPollFailure("503");
        clock.advance(Duration.ofMinutes(20));
        long id = awaitStored(mention);

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);
        assertThat(message.get("state").asString()).isEqualTo("ANSWERED");
        // The wiki answer was cut to what X takes: the post went out.
        X.verify(postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(mention)))
                .withRequestBody(matchingJsonPath("$.text", containing("/wiki/sophamtning-och-hamtdagar"))));
    }

    /** Waits for the bot's scheduler (every second) to read and store the mention. */
    private long awaitStored(String mention) {
        return await().atMost(DECIDED_WITHIN)
                .until(() -> messages.findIdByExternalId("twitter", mention), found -> found.isPresent())
                .orElseThrow();
    }

    /** Waits for the bot's scheduler to fail reading with this status, and returns how polling then stands. */
    private ChannelPolling.Schedule awaitPollFailure(String status) {
        return await().atMost(DECIDED_WITHIN).until(() -> polling.schedules().get(POLLED),
                schedule -> schedule.lastError() != null && schedule.lastError().contains(status));
    }

    /** One page of mentions as GET /2/users/:id/mentions answers it, our account mentioned first. */
    private ResponseDefinitionBuilder mentions(String id, String text, String geo) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return json(200, """
                {"data": [{"author_id": "1255542774432063488", "conversation_id": "%1$s",
                           "created_at": "%5$s", "edit_history_tweet_ids": ["%1$s"],
                           "entities": {"mentions": [{"start": 0, "end": 9, "username": "kommunen", "id": "%2$d"}]},
                           %3$s
                           "id": "%1$s", "text": "%4$s"}],
                 "meta": {"newest_id": "%1$s", "oldest_id": "%1$s", "result_count": 1}}"""
                .formatted(id, ACCOUNT, geo, text, X_TIME.format(now)))
                .withHeader("x-rate-limit-limit", "10")
                .withHeader("x-rate-limit-remaining", "9")
                .withHeader("x-rate-limit-reset", Long.toString(now.plusSeconds(900).getEpochSecond()));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }
}
