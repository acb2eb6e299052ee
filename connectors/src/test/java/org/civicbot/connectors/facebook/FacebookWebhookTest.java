package org.civicbot.connectors.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.civicbot.connectors.webhook.WebhookResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookWebhookTest {

    private static final Instant NOW = Instant.parse("2025-12-03T10:40:00Z");
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private static final WireMockServer graph = new WireMockServer(options().dynamicPort());

    private FacebookChannel channel;

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
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        FacebookSettings settings = new FacebookSettings(Fixtures.PAGE_ID, Fixtures.PAGE_TOKEN, Fixtures.APP_SECRET,
                Fixtures.VERIFY_TOKEN, graph.baseUrl(), false);
        channel = new FacebookChannel(settings, new FacebookGraph(graph.baseUrl(), Fixtures.PAGE_TOKEN,
                Fixtures.APP_SECRET, clock), MediaDownloader.withDefaults(), clock);
    }

    @Test
    void answersTheSubscriptionHandshakeWithTheChallenge() {
        WebhookResponse response = channel.receive(Fixtures.handshake("subscribe", Fixtures.VERIFY_TOKEN, "1158201444"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1158201444");
        assertThat(response.contentType()).isEqualTo("text/plain");
    }

    @Test
    void refusesTheHandshakeWithAnotherVerifyToken() {
        assertThat(channel.receive(Fixtures.handshake("subscribe", "guessed", "1158201444")).status()).isEqualTo(403);
        assertThat(channel.receive(Fixtures.handshake("subscribe", null, "1158201444")).status()).isEqualTo(403);
        assertThat(channel.receive(Fixtures.handshake(null, null, null)).status()).isEqualTo(400);
    }

    @Test
    void readsATextMessage() {
        WebhookResponse response = channel.receive(Fixtures.signedDelivery(Fixtures.read("message-text.json")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.FACEBOOK);
            assertThat(message.externalId()).isEqualTo(
                    "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P");
            assertThat(message.threadId()).isEqualTo("messenger:" + Fixtures.PSID);
            assertThat(message.senderRef()).isEqualTo(Fixtures.PSID);
            assertThat(message.text()).isEqualTo("Gatlampan utanför Storgatan 12 är trasig");
            assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochMilli(1764757542779L));
            assertThat(message.attachments()).isEmpty();
            assertThat(message.position()).isNull();
        });
    }

    @Test
    void readsAQuickReplyAsTheTextTheCitizenTapped() {
        WebhookResponse response = channel.receive(Fixtures.signedDelivery(Fixtures.read("message-quick-reply.json")));

        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Sophämtning");
            assertThat(message.externalId()).startsWith("m_qr7uYv2");
        });
    }

    @Test
    void readsALocationAttachmentAsThePositionTheCitizenSent() {
        WebhookResponse response = channel.receive(Fixtures.signedDelivery(Fixtures.read("message-location.json")));

        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.position()).isEqualTo(new SentPosition(59.3793, 13.5036, null));
            assertThat(message.text()).isEmpty();
            assertThat(message.attachments()).isEmpty();
        });
    }

    @Test
    void downloadsAnImageAttachmentSoItsGpsTagsCanBeRead() {
        graph.stubFor(get(urlPathMatching("/cdn/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(PHOTO)));
        String body = Fixtures.read("message-image.json").replace("{{GRAPH}}", graph.baseUrl());

        WebhookResponse response = channel.receive(Fixtures.signedDelivery(body));

        InboundMessage message = response.messages().get(0);
        assertThat(message.text()).isEqualTo("Hål i asfalten här");
        Attachment photo = message.attachments().get(0);
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.reference()).isEqualTo("facebook:attachment/" + message.externalId() + "/1");
        assertThat(photo.content()).isEqualTo(PHOTO);
        assertThat(photo.sizeBytes()).isEqualTo(PHOTO.length);
    }

    @Test
    void refusesTheDeliveryWhileAPhotoCannotBeFetchedSoFacebookSendsItAgain() {
        graph.stubFor(get(urlPathMatching("/cdn/.*")).willReturn(aResponse().withStatus(503)));
        String body = Fixtures.read("message-image.json").replace("{{GRAPH}}", graph.baseUrl());

        WebhookResponse response = channel.receive(Fixtures.signedDelivery(body));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void keepsTheTextWhenThePhotoIsNotOneCivicbotTakes() {
        graph.stubFor(get(urlPathMatching("/cdn/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-msdownload").withBody(PHOTO)));
        String body = Fixtures.read("message-image.json").replace("{{GRAPH}}", graph.baseUrl());

        WebhookResponse response = channel.receive(Fixtures.signedDelivery(body));

        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Hål i asfalten här");
            assertThat(message.attachments()).isEmpty();
        });
    }

    @Test
    void readsACommentOnThePagesPost() {
        WebhookResponse response = channel.receive(Fixtures.signedDelivery(Fixtures.read("feed-comment.json")));

        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.externalId()).isEqualTo("901097836652708_903438993085259");
            assertThat(message.threadId())
                    .isEqualTo("comment:104213458123456_901097836652708:901097836652708_903438993085259");
            assertThat(message.senderRef()).isEqualTo("7201946385712345");
            assertThat(message.text()).isEqualTo("När töms glasigloon vid Hagaborg?");
            assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochSecond(1764757903L));
        });
    }

    @Test
    void ignoresThePagesOwnComments() {
        String body = Fixtures.read("feed-comment.json").replace("\"id\": \"7201946385712345\"",
                "\"id\": \"" + Fixtures.PAGE_ID + "\"");

        WebhookResponse response = channel.receive(Fixtures.signedDelivery(body));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.messages()).isEmpty();
        assertThat(response.detail()).contains("the Page's own comment");
    }

    @Test
    void ignoresEchoesAndReceipts() {
        for (String fixture : List.of("message-echo.json", "delivery-and-read.json")) {
            WebhookResponse response = channel.receive(Fixtures.signedDelivery(Fixtures.read(fixture)));

            assertThat(response.status()).as(fixture).isEqualTo(200);
            assertThat(response.messages()).as(fixture).isEmpty();
        }
        assertThat(channel.receive(Fixtures.signedDelivery(Fixtures.read("delivery-and-read.json"))).detail())
                .contains("delivery receipt", "read receipt");
    }

    @Test
    void answersAnUnknownEventWith200AndStoresNothing() {
        String reaction = """
                {"object": "page", "entry": [{"id": "104213458123456", "time": 1764757903,
                  "messaging": [{"sender": {"id": "6782391846521234"}, "recipient": {"id": "104213458123456"},
                                 "timestamp": 1764757903000,
                                 "reaction": {"mid": "m_x", "action": "react", "reaction": "love", "emoji": "❤"}}],
                  "changes": [{"field": "ratings", "value": {"item": "rating", "verb": "add"}}]}]}""";
        String instagram = "{\"object\":\"instagram\",\"entry\":[]}";

        for (String body : List.of(reaction, instagram)) {
            WebhookResponse response = channel.receive(Fixtures.signedDelivery(body));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.messages()).isEmpty();
        }
    }

    @Test
    void refusesAMissingSignatureWith401() {
        byte[] body = Fixtures.read("message-text.json").getBytes(StandardCharsets.UTF_8);

        WebhookResponse response = channel.receive(Fixtures.delivery(body, Map.of()));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void refusesAForgedOrAlteredDeliveryWith403() {
        byte[] body = Fixtures.read("message-text.json").getBytes(StandardCharsets.UTF_8);
        String signature = Fixtures.signatureOf(body);
        byte[] altered = Fixtures.read("message-text.json").replace("trasig", "hel").getBytes(StandardCharsets.UTF_8);

        assertThat(channel.receive(Fixtures.delivery(altered, Map.of("X-Hub-Signature-256", List.of(signature))))
                .status()).isEqualTo(403);
        assertThat(channel.receive(Fixtures.delivery(body, Map.of("X-Hub-Signature-256",
                List.of("sha256=" + "0".repeat(64))))).status()).isEqualTo(403);
        assertThat(channel.receive(Fixtures.delivery(body, Map.of("X-Hub-Signature-256",
                List.of(signature.replace("sha256=", "sha1="))))).messages()).isEmpty();
    }

    @Test
    void aReplayedDeliveryCarriesTheSameIdsSoItIsStoredOnce() {
        String body = Fixtures.read("message-text.json");

        WebhookResponse first = channel.receive(Fixtures.signedDelivery(body));
        WebhookResponse replayed = channel.receive(Fixtures.signedDelivery(body));

        assertThat(replayed.messages()).extracting(InboundMessage::externalId)
                .isEqualTo(first.messages().stream().map(InboundMessage::externalId).toList());
    }

    @Test
    void refusesABodyThatIsNotADeliveryWith400() {
        String pathInSenderId = Fixtures.read("message-text.json").replace(Fixtures.PSID, "../../me/feed");
        for (String body : List.of("{\"object\":\"page\",\"entry\":[", "[]", "\"page\"", "{\"object\":\"page\"}", "",
                pathInSenderId)) {
            WebhookResponse response = channel.receive(Fixtures.signedDelivery(body));
            assertThat(response.status()).as(body).isEqualTo(400);
        }
    }
}
