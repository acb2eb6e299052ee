package org.civicbot.connectors.twitter;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.civicbot.connectors.twitter.TwitterFixtures.fixture;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.polling.PollResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** twitter4j and its v2 extension against a fake X API that answers with the documented samples. */
class TwitterConnectorTest {

    @RegisterExtension
    static WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final long ACCOUNT = 2244994945L;
    private static final String MENTIONS = "/2/users/" + ACCOUNT + "/mentions";
    private static final Instant NOW = Instant.parse("2021-05-03T18:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The rate-limit window X announces: it resets 7 minutes from now. */
    private static final long RESET = NOW.plusSeconds(420).getEpochSecond();

    private TwitterConnector connector(Clock clock) {
        return new TwitterConnector(new TwitterSettings("consumer-key", "consumer-secret", "access-token",
                "access-token-secret", ACCOUNT, URI.create(x.baseUrl()), Duration.ofSeconds(60)), clock);
    }

    private static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(fixture(fixture));
    }

    private static ResponseDefinitionBuilder withinRateLimit(ResponseDefinitionBuilder response, int remaining) {
        return response.withHeader("x-rate-limit-limit", "10").withHeader("x-rate-limit-remaining",
                Integer.toString(remaining)).withHeader("x-rate-limit-reset", Long.toString(RESET));
    }

    @Test
    void theFirstPollReadsTheNewestPageAndTurnsMentionsIntoMessagesWithTheirPositions() throws Exception {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(withinRateLimit(json(200, "mentions.json"), 9)));

        PollResult result = connector(CLOCK).poll(null);

        x.verify(getRequestedFor(urlPathEqualTo(MENTIONS))
                .withQueryParam("since_id", absent())
                .withQueryParam("max_results", equalTo("10"))
                .withQueryParam("expansions", equalTo("geo.place_id"))
                .withQueryParam("tweet.fields", equalTo(
                        "created_at,author_id,geo,conversation_id,in_reply_to_user_id,entities"))
                .withQueryParam("place.fields", equalTo("geo,full_name"))
                .withHeader("Authorization", matching("OAuth .*oauth_consumer_key=\"consumer-key\".*"))
                .withHeader("Authorization", containing("oauth_token=\"access-token\""))
                .withHeader("Authorization", containing("oauth_signature_method=\"HMAC-SHA1\"")));
        assertThat(result.nextCursor()).isEqualTo("1375152598945312768");
        // Oldest first; the account's own post in the thread is not a citizen's message.
        assertThat(result.messages()).extracting(InboundMessage::externalId)
                .containsExactly("1374877854476685312", "1375152598945312768");

        InboundMessage inPlace = result.messages().get(0);
        assertThat(inPlace.channel()).isEqualTo(Channel.TWITTER);
        assertThat(inPlace.threadId()).isEqualTo("1374877854476685312");
        assertThat(inPlace.senderRef()).isEqualTo("1172976263489765376");
        assertThat(inPlace.text()).isEqualTo("@LeBraat When is the recycling picked up on my street?");
        assertThat(inPlace.receivedAt()).isEqualTo(Instant.parse("2021-03-24T23:26:52Z"));
        // Only a tagged place (Manhattan): the centre of its box, good to half its diagonal (about 11.8 km).
        assertThat(inPlace.position().latitude()).isCloseTo(40.780709, within(1e-6));
        assertThat(inPlace.position().longitude()).isCloseTo(-73.9685415, within(1e-6));
        assertThat(inPlace.position().accuracyMeters()).isBetween(11_500, 12_200);

        InboundMessage atPoint = result.messages().get(1);
        assertThat(atPoint.text()).isEqualTo("The streetlight on 5th Ave & W 14th St has been out for a week");
        assertThat(atPoint.senderRef()).isEqualTo("1255542774432063488");
        assertThat(atPoint.receivedAt()).isEqualTo(Instant.parse("2021-03-25T17:21:44Z"));
        // An exact point (GeoJSON, longitude first) wins over the place and says nothing of its accuracy.
        assertThat(atPoint.position().latitude()).isEqualTo(40.73);
        assertThat(atPoint.position().longitude()).isEqualTo(-73.99);
        assertThat(atPoint.position().accuracyMeters()).isNull();
        assertThat(atPoint.attachments()).isEmpty();
    }

    @Test
    void aPollWithACursorReadsEveryPageBackToItAndMovesTheCursorToTheNewest() throws Exception {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("pagination_token", absent())
                .willReturn(withinRateLimit(json(200, "mentions-page-1.json"), 8)));
        x.stubFor(get(urlPathEqualTo(MENTIONS))
                .withQueryParam("pagination_token", equalTo("7140dibdnow9c7btw3w3y5b6jqjnk3k4g5zkmfkvqwa42"))
                .willReturn(withinRateLimit(json(200, "mentions-page-2.json"), 7)));

        PollResult result = connector(CLOCK).poll("1375152598945312768");

        x.verify(2, getRequestedFor(urlPathEqualTo(MENTIONS))
                .withQueryParam("since_id", equalTo("1375152598945312768"))
                .withQueryParam("max_results", equalTo("100")));
        assertThat(result.messages()).extracting(InboundMessage::externalId, InboundMessage::text)
                .containsExactly(
                        tuple("1388566212993523718", "Is the library open on Saturdays?"),
                        tuple("1389270063807598594",
                                "The bus stop sign at the station is broken"));
        assertThat(result.messages()).allSatisfy(message -> assertThat(message.position()).isNull());
        assertThat(result.nextCursor()).isEqualTo("1389270063807598594");
    }

    @Test
    void nothingNewKeepsTheCursor() throws Exception {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(withinRateLimit(json(200, "mentions-empty.json"), 6)));

        PollResult result = connector(CLOCK).poll("1389270063807598594");

        assertThat(result.messages()).isEmpty();
        assertThat(result.nextCursor()).isEqualTo("1389270063807598594");
    }

    @Test
    void aRateLimitedPollIsRetryableAfterTheWindowResets() {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(withinRateLimit(json(429, "too-many-requests.json"), 0)));

        assertThatThrownBy(() -> connector(CLOCK).poll("1389270063807598594"))
                .isInstanceOfSatisfying(PlatformException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(420));
                    assertThat(failure.getMessage()).contains("429 Too Many Requests");
                });
    }

    @Test
    void aPollThatTookTheWindowsLastRequestMakesTheNextWaitForTheReset() throws Exception {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(withinRateLimit(json(200, "mentions-empty.json"), 0)));
        TwitterConnector connector = connector(CLOCK);
        assertThat(connector.interval()).isEqualTo(Duration.ofSeconds(60));

        connector.poll("1389270063807598594");

        assertThat(connector.interval()).isEqualTo(Duration.ofSeconds(420));
    }

    @Test
    void anOutageIsRetryableAndThePollAfterItFindsTheSameMentions() throws Exception {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(503, "service-unavailable.json")).willSetStateTo("recovered"));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(withinRateLimit(json(200, "mentions.json"), 5)));
        TwitterConnector connector = connector(CLOCK);

        assertThatThrownBy(() -> connector.poll("1374000000000000000"))
                .isInstanceOfSatisfying(PlatformException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).contains("503 Service Unavailable");
                });
        PollResult recovered = connector.poll("1374000000000000000");

        assertThat(recovered.messages()).hasSize(2);
        assertThat(recovered.nextCursor()).isEqualTo("1375152598945312768");
    }

    @Test
    void aGarbledAnswerIsAFailureToRetryNotACrash() {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"data\": [{\"id\": ")));

        assertThatThrownBy(() -> connector(CLOCK).poll("1389270063807598594"))
                .isInstanceOfSatisfying(PlatformException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).contains("no usable answer");
                });
    }

    @Test
    void revokedCredentialsAreNotRetried() {
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(json(401, "unauthorized.json")));

        assertThatThrownBy(() -> connector(CLOCK).poll(null))
                .isInstanceOfSatisfying(PlatformException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("401 Unauthorized");
                });
    }

    @Test
    void aPlatformThatDoesNotAnswerIsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TwitterConnector unreachable = new TwitterConnector(new TwitterSettings("k", "s", "t", "ts", ACCOUNT,
                URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(60)), CLOCK);

        assertThatThrownBy(() -> unreachable.poll(null))
                .isInstanceOfSatisfying(PlatformException.class, failure -> assertThat(failure.retryable()).isTrue());
    }

    private static OutboundReply reply(String inReplyTo, String text) {
        return new OutboundReply(Channel.TWITTER, "message-1-bot-reply", inReplyTo, "1255542774432063488", text);
    }

    @Test
    void aReplyIsAPostInReplyToTheCitizensPostSignedInTheAccountsName() throws Exception {
        x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(withinRateLimit(json(201, "create-tweet.json"), 99)));

        var receipt = connector(CLOCK).send(reply("1375152598945312768",
                "Thank you! Case 2021-000042 is with Streets & Parks: https://example.org/cases/2021-000042"));

        assertThat(receipt.platformMessageId()).isEqualTo("1445880548472328192");
        x.verify(postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("Authorization", matching("OAuth .*oauth_consumer_key=\"consumer-key\".*"))
                .withHeader("Authorization", containing("oauth_token=\"access-token\""))
                .withRequestBody(equalToJson("""
                        {"text": "Thank you! Case 2021-000042 is with Streets & Parks: https://example.org/cases/2021-000042",
                         "reply": {"in_reply_to_tweet_id": "1375152598945312768"}}""")));
    }

    @Test
    void aRateLimitedReplyIsRetriedAfterTheResetAndThenPosted() throws Exception {
        x.stubFor(post(urlPathEqualTo("/2/tweets")).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(withinRateLimit(json(429, "too-many-requests.json"), 0)).willSetStateTo("reset"));
        x.stubFor(post(urlPathEqualTo("/2/tweets")).inScenario("limited").whenScenarioStateIs("reset")
                .willReturn(withinRateLimit(json(201, "create-tweet.json"), 99)));
        TwitterConnector connector = connector(CLOCK);

        assertThatThrownBy(() -> connector.send(reply("1375152598945312768", "Tack!")))
                .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(420));
                });
        assertThat(connector.send(reply("1375152598945312768", "Tack!")).platformMessageId())
                .isEqualTo("1445880548472328192");
        x.verify(2, postRequestedFor(urlPathEqualTo("/2/tweets")));
    }

    @Test
    void aReplyTheAuthorDoesNotAllowFailsForGoodWithTheReason() {
        x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(json(403, "reply-not-allowed.json")));

        assertThatThrownBy(() -> connector(CLOCK).send(reply("1375152598945312768", "Tack!")))
                .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("refused the reply to post 1375152598945312768")
                            .contains("Reply to this conversation is not allowed");
                });
    }

    @Test
    void anOutageWhileReplyingIsRetryable() {
        x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(json(503, "service-unavailable.json")));

        assertThatThrownBy(() -> connector(CLOCK).send(reply("1375152598945312768", "Tack!")))
                .isInstanceOfSatisfying(DeliveryException.class, failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void aReplyLongerThanXTakesIsRefusedWithoutCallingX() {
        String tooLong = "Gatlampan är anmäld. ".repeat(14);

        assertThatThrownBy(() -> connector(CLOCK).send(reply("1375152598945312768", tooLong)))
                .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("294").contains("280");
                });
        assertThat(x.findAll(postRequestedFor(urlPathEqualTo("/2/tweets")))).isEmpty();
    }

    @Test
    void aReplyWithoutAPostToAnswerIsRefused() {
        assertThatThrownBy(() -> connector(CLOCK).send(reply(null, "Tack!")))
                .isInstanceOfSatisfying(DeliveryException.class, failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void itReadsMentionsOfTheConfiguredAccountAndSaysSoInHealth() {
        TwitterConnector connector = connector(CLOCK);

        assertThat(connector.account()).isEqualTo("2244994945");
        assertThat(connector.channel()).isEqualTo(Channel.TWITTER);
        assertThat(connector.status().enabled()).isTrue();
        assertThat(connector.status().detail()).contains("2244994945").doesNotContain("consumer-secret");
        assertThat(connector.interval()).isEqualTo(Duration.ofSeconds(60));
    }
}
