package org.civicbot.connectors.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.polling.PollResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookCommentPollerTest {

    private static final String POSTS = "/v23.0/" + Fixtures.PAGE_ID + "/posts";
    private static final String RECENT_POST_COMMENTS = "/v23.0/104213458123456_901097836652708/comments";
    private static final String OLD_POST_COMMENTS = "/v23.0/104213458123456_899812345678901/comments";

    private static final WireMockServer graph = new WireMockServer(options().dynamicPort());

    private final TestClock clock = new TestClock(Instant.parse("2025-12-03T10:40:00Z"));
    private FacebookCommentPoller poller;

    @BeforeAll
    static void startGraph() {
        graph.start();
    }

    @AfterAll
    static void stopGraph() {
        graph.stop();
    }

    @BeforeEach
    void connect() {
        graph.resetAll();
        poller = new FacebookCommentPoller(new FacebookGraph(graph.baseUrl(), Fixtures.PAGE_TOKEN,
                Fixtures.APP_SECRET, clock), Fixtures.PAGE_ID, Duration.ofMinutes(2), clock);
    }

    private void stubPage() {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson(Fixtures.read("page-posts.json"))));
        graph.stubFor(get(urlPathEqualTo(RECENT_POST_COMMENTS)).willReturn(okJson(Fixtures.read("post-comments.json"))));
    }

    @Test
    void readsCitizensCommentsSinceTheCursorOldestFirst() throws Exception {
        stubPage();
        String cursor = Long.toString(Instant.parse("2025-12-03T09:00:00Z").getEpochSecond());

        PollResult result = poller.poll(cursor);

        assertThat(result.messages()).extracting(InboundMessage::externalId)
                .containsExactly("901097836652708_903437700000042", "901097836652708_903438993085259");
        InboundMessage anna = result.messages().get(1);
        assertThat(anna.threadId())
                .isEqualTo("comment:104213458123456_901097836652708:901097836652708_903438993085259");
        assertThat(anna.senderRef()).isEqualTo("7201946385712345");
        assertThat(anna.text()).isEqualTo("När töms glasigloon vid Hagaborg?");
        assertThat(anna.receivedAt()).isEqualTo(Instant.parse("2025-12-03T10:31:43Z"));
        assertThat(result.messages().get(0).senderRef())
                .as("a comment whose author Graph does not show stands for its writer")
                .isEqualTo("comment-901097836652708_903437700000042");
        assertThat(result.nextCursor()).isEqualTo(Long.toString(Instant.parse("2025-12-03T10:31:43Z").getEpochSecond()));
        graph.verify(getRequestedFor(urlPathEqualTo(RECENT_POST_COMMENTS))
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.PAGE_TOKEN))
                .withQueryParam("order", equalTo("reverse_chronological"))
                .withQueryParam("filter", equalTo("stream")));
        graph.verify(0, getRequestedFor(urlPathEqualTo(OLD_POST_COMMENTS)));
    }

    @Test
    void aCommentSeenByTheWebhookIsTheSameMessageWhenPolled() throws Exception {
        stubPage();
        FacebookChannel channel = new FacebookChannel(new FacebookSettings(Fixtures.PAGE_ID, Fixtures.PAGE_TOKEN,
                Fixtures.APP_SECRET, Fixtures.VERIFY_TOKEN, graph.baseUrl(), false),
                new FacebookGraph(graph.baseUrl(), Fixtures.PAGE_TOKEN, Fixtures.APP_SECRET, clock),
                org.civicbot.connectors.attachment.MediaDownloader.withDefaults(), clock);
        InboundMessage pushed = channel.receive(Fixtures.signedDelivery(Fixtures.read("feed-comment.json")))
                .messages().get(0);

        PollResult polled = poller.poll(null);

        assertThat(polled.messages()).filteredOn(m -> m.externalId().equals(pushed.externalId()))
                .singleElement().isEqualTo(pushed);
    }

    @Test
    void theFirstPollReadsTheLastDayAndNothingNewKeepsTheCursor() throws Exception {
        stubPage();

        PollResult first = poller.poll(null);
        PollResult again = poller.poll(first.nextCursor());

        assertThat(first.messages()).hasSize(3);
        assertThat(again.nextCursor()).isEqualTo(first.nextCursor());
        assertThat(again.messages()).extracting(InboundMessage::externalId)
                .as("the newest second is read again; ingest drops it by its id")
                .containsExactly("901097836652708_903438993085259");
    }

    @Test
    void pagesWithTheAfterCursorUntilItReachesCommentsOlderThanTheCursor() throws Exception {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson(Fixtures.read("page-posts.json"))));
        graph.stubFor(get(urlPathEqualTo(RECENT_POST_COMMENTS)).withQueryParam("after", absent())
                .willReturn(okJson("""
                        {"data": [{"created_time": "2025-12-03T10:31:43+0000", "message": "Först",
                                   "from": {"name": "Anna Andersson", "id": "7201946385712345"},
                                   "id": "901097836652708_903438993085259"}],
                         "paging": {"cursors": {"before": "QVFIUmZAB", "after": "QVFIUmZAA"},
                                    "next": "https://graph.facebook.com%s?after=QVFIUmZAA&limit=50"}}"""
                        .formatted(RECENT_POST_COMMENTS))));
        graph.stubFor(get(urlPathEqualTo(RECENT_POST_COMMENTS)).withQueryParam("after", equalTo("QVFIUmZAA"))
                .willReturn(okJson("""
                        {"data": [{"created_time": "2025-12-03T09:58:20+0000", "message": "Sedan",
                                   "id": "901097836652708_903437700000042"},
                                  {"created_time": "2025-12-02T16:12:09+0000", "message": "Längesen",
                                   "id": "901097836652708_903300000000007"}],
                         "paging": {"cursors": {"before": "QVFIUmZAC", "after": "QVFIUmZAD"},
                                    "next": "https://graph.facebook.com%s?after=QVFIUmZAD&limit=50"}}"""
                        .formatted(RECENT_POST_COMMENTS))));
        String cursor = Long.toString(Instant.parse("2025-12-03T09:00:00Z").getEpochSecond());

        PollResult result = poller.poll(cursor);

        assertThat(result.messages()).extracting(InboundMessage::text).containsExactly("Sedan", "Först");
        graph.verify(getRequestedFor(urlPathEqualTo(RECENT_POST_COMMENTS)).withQueryParam("after", equalTo("QVFIUmZAA"))
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.PAGE_TOKEN)));
        graph.verify(0, getRequestedFor(urlPathEqualTo(RECENT_POST_COMMENTS))
                .withQueryParam("after", equalTo("QVFIUmZAD")));
    }

    @Test
    void aRateLimitedPollIsRetryableAndLosesNothing() throws Exception {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("graph-error-rate-limit.json"))));
        String cursor = Long.toString(Instant.parse("2025-12-03T09:00:00Z").getEpochSecond());

        PlatformException limited = catchThrowableOfType(PlatformException.class, () -> poller.poll(cursor));
        stubPage();
        PollResult later = poller.poll(cursor);

        assertThat(limited.retryable()).isTrue();
        assertThat(limited.retryAfter()).isEqualTo(FacebookGraph.RATE_LIMIT_PAUSE);
        assertThat(later.messages()).hasSize(2);
    }

    @Test
    void aPollThatSeesUsageAbove90PercentMakesTheNextOneWait() throws Exception {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson(Fixtures.read("page-posts.json"))));
        graph.stubFor(get(urlPathEqualTo(RECENT_POST_COMMENTS)).willReturn(okJson(Fixtures.read("post-comments.json"))
                .withHeader("X-Business-Use-Case-Usage", "{\"" + Fixtures.PAGE_ID + "\":[{\"type\":\"pages\","
                        + "\"call_count\":96,\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":0}]}")));

        PollResult result = poller.poll(null);
        PlatformException paused = catchThrowableOfType(PlatformException.class, () -> poller.poll(result.nextCursor()));

        assertThat(result.messages()).hasSize(3);
        assertThat(paused.retryable()).isTrue();
        assertThat(paused.retryAfter()).isEqualTo(GraphUsage.PAUSE_WITHOUT_ESTIMATE);
    }

    @Test
    void anOutageIsRetryable() {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(aResponse().withStatus(500)));

        PlatformException outage = catchThrowableOfType(PlatformException.class, () -> poller.poll(null));

        assertThat(outage.retryable()).isTrue();
    }
}
