package org.civicbot.connectors.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.civicbot.connectors.signature.HmacSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookRepliesTest {

    private static final String MESSAGES = "/v23.0/me/messages";
    private static final String THREAD = "messenger:" + Fixtures.PSID;
    private static final String COMMENT_THREAD = "comment:104213458123456_901097836652708:901097836652708_903438993085259";
    private static final String APPSECRET_PROOF = HmacSignature.sha256(Fixtures.APP_SECRET)
            .signHex(Fixtures.PAGE_TOKEN.getBytes(StandardCharsets.UTF_8));

    private static final WireMockServer graph = new WireMockServer(options().dynamicPort());

    private final TestClock clock = new TestClock(Instant.parse("2025-12-03T12:00:00Z"));

    @BeforeAll
    static void startGraph() {
        graph.start();
    }

    @AfterAll
    static void stopGraph() {
        graph.stop();
    }

    @BeforeEach
    void reset() {
        graph.resetAll();
    }

    private FacebookChannel channel(boolean humanAgentTag) {
        FacebookSettings settings = new FacebookSettings(Fixtures.PAGE_ID, Fixtures.PAGE_TOKEN, Fixtures.APP_SECRET,
                Fixtures.VERIFY_TOKEN, graph.baseUrl(), humanAgentTag);
        return new FacebookChannel(settings, new FacebookGraph(graph.baseUrl(), Fixtures.PAGE_TOKEN,
                Fixtures.APP_SECRET, clock), MediaDownloader.withDefaults(), clock);
    }

    private OutboundReply reply(String thread, Duration citizenWroteAgo, boolean personal) {
        return new OutboundReply(Channel.FACEBOOK, "message-7-bot-reply", thread, Fixtures.PSID,
                "Tack! Ärendet har nummer 2025-000123.", clock.instant().minus(citizenWroteAgo), personal);
    }

    @Test
    void answersInMessengerWithTheSendApiInsideThe24HourWindow() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(Fixtures.read("send-api-response.json"))));

        DeliveryReceipt receipt = channel(false).send(reply(THREAD, Duration.ofHours(3), false));

        assertThat(receipt.platformMessageId()).startsWith("m_AG5Hz2Uq7tuw");
        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.PAGE_TOKEN))
                .withFormParam("recipient", equalToJson("{\"id\":\"" + Fixtures.PSID + "\"}"))
                .withFormParam("messaging_type", equalTo("RESPONSE"))
                .withFormParam("message", equalToJson("{\"text\":\"Tack! Ärendet har nummer 2025-000123.\"}"))
                .withFormParam("appsecret_proof", equalTo(APPSECRET_PROOF)));
    }

    @Test
    void answersAfter24HoursWithTheHumanAgentTagWhenItIsOn() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(Fixtures.read("send-api-response.json"))));

        channel(true).send(reply(THREAD, Duration.ofDays(3), false));

        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withFormParam("messaging_type", equalTo("MESSAGE_TAG"))
                .withFormParam("tag", equalTo("HUMAN_AGENT")));
    }

    @Test
    void refusesForGoodOutsideTheWindowWithoutCallingFacebook() {
        DeliveryException withoutTag = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply(THREAD, Duration.ofHours(25), false)));
        DeliveryException pastSevenDays = catchThrowableOfType(DeliveryException.class,
                () -> channel(true).send(reply(THREAD, Duration.ofDays(8), false)));

        for (DeliveryException refused : new DeliveryException[] {withoutTag, pastSevenDays}) {
            assertThat(refused.retryable()).isFalse();
            assertThat(refused.getMessage())
                    .contains("outside Messenger's 24-hour window; answer the citizen another way");
        }
        assertThat(graph.getAllServeEvents()).isEmpty();
    }

    @Test
    void repliesPubliclyUnderTheComment() throws Exception {
        String path = "/v23.0/901097836652708_903438993085259/comments";
        graph.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(Fixtures.read("comment-reply-response.json"))));

        DeliveryReceipt receipt = channel(false).send(reply(COMMENT_THREAD, Duration.ofDays(2), false));

        assertThat(receipt.platformMessageId()).isEqualTo("901097836652708_903439155512345");
        graph.verify(postRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.PAGE_TOKEN))
                .withFormParam("message", equalTo("Tack! Ärendet har nummer 2025-000123.")));
    }

    @Test
    void repliesPrivatelyToACommentWhenTheReplyIsPersonal() throws Exception {
        String path = "/v23.0/" + Fixtures.PAGE_ID + "/messages";
        graph.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(Fixtures.read("send-api-response.json"))));

        channel(false).send(reply(COMMENT_THREAD, Duration.ofDays(2), true));

        graph.verify(postRequestedFor(urlPathEqualTo(path))
                .withFormParam("recipient", equalToJson("{\"comment_id\":\"901097836652708_903438993085259\"}"))
                .withFormParam("message", equalToJson("{\"text\":\"Tack! Ärendet har nummer 2025-000123.\"}")));
    }

    @Test
    void refusesAPrivateReplyToACommentOlderThanSevenDays() {
        DeliveryException refused = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply(COMMENT_THREAD, Duration.ofDays(8), true)));

        assertThat(refused.retryable()).isFalse();
        assertThat(graph.getAllServeEvents()).isEmpty();
    }

    @Test
    void a429IsRetryableAfterTheTimeGraphAsksForThenTheReplyGoesOut() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30"))
                .willSetStateTo("open"));
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(Fixtures.read("send-api-response.json"))));
        FacebookChannel channel = channel(false);

        DeliveryException limited = catchThrowableOfType(DeliveryException.class,
                () -> channel.send(reply(THREAD, Duration.ofMinutes(5), false)));
        DeliveryReceipt receipt = channel.send(reply(THREAD, Duration.ofMinutes(5), false));

        assertThat(limited.retryable()).isTrue();
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(receipt.platformMessageId()).isNotBlank();
    }

    @Test
    void graphRateLimitErrorsAreRetryableWithTheEstimatedTimeToRegainAccess() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + Fixtures.PAGE_ID + "\":[{\"type\":\"pages\","
                        + "\"call_count\":100,\"total_cputime\":12,\"total_time\":14,\"estimated_time_to_regain_access\":19}]}")
                .withBody(Fixtures.read("graph-error-rate-limit.json"))));

        DeliveryException limited = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply(THREAD, Duration.ofMinutes(5), false)));

        assertThat(limited.retryable()).isTrue();
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofMinutes(19));
        assertThat(limited.getMessage()).contains("(#32)");
    }

    @Test
    void stopsCallingWhileUsageIsAbove90PercentAndGoesOnAfterwards() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(Fixtures.read("send-api-response.json"))
                .withHeader("X-App-Usage", "{\"call_count\":93,\"total_time\":40,\"total_cputime\":35}")));
        FacebookChannel channel = channel(false);

        channel.send(reply(THREAD, Duration.ofMinutes(5), false));
        DeliveryException paused = catchThrowableOfType(DeliveryException.class,
                () -> channel.send(reply(THREAD, Duration.ofMinutes(5), false)));
        clock.advance(GraphUsage.PAUSE_WITHOUT_ESTIMATE);
        channel.send(reply(THREAD, Duration.ofMinutes(5), false));

        assertThat(paused.retryable()).isTrue();
        assertThat(paused.retryAfter()).isEqualTo(GraphUsage.PAUSE_WITHOUT_ESTIMATE);
        graph.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void serverErrorsAreRetryable() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)));

        DeliveryException outage = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply(THREAD, Duration.ofMinutes(5), false)));

        assertThat(outage.retryable()).isTrue();
    }

    @Test
    void anExpiredTokenOrAClosedWindowIsNotRetried() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("graph-error-token.json"))));
        DeliveryException expired = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply(THREAD, Duration.ofMinutes(5), false)));

        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.read("graph-error-outside-window.json"))));
        DeliveryException window = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply(THREAD, Duration.ofMinutes(5), false)));

        assertThat(expired.retryable()).isFalse();
        assertThat(expired.getMessage()).contains("(#190)", "CIVICBOT_CHANNELS_FACEBOOK_PAGEACCESSTOKEN");
        assertThat(window.retryable()).isFalse();
        assertThat(window.getMessage()).contains("(#10)", FacebookReplies.OUTSIDE_WINDOW);
    }

    @Test
    void refusesAThreadItDidNotWrite() {
        DeliveryException refused = catchThrowableOfType(DeliveryException.class,
                () -> channel(false).send(reply("tg:12345", Duration.ofMinutes(5), false)));

        assertThat(refused.retryable()).isFalse();
        assertThat(graph.getAllServeEvents()).isEmpty();
    }

    @Test
    void theAccessTokenTravelsInTheHeaderNotTheBody() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(Fixtures.read("send-api-response.json"))));

        channel(false).send(reply(THREAD, Duration.ofMinutes(5), false));

        assertThat(graph.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .doesNotContain(Fixtures.PAGE_TOKEN).contains("messaging_type=RESPONSE");
        graph.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("format=json")));
    }
}
