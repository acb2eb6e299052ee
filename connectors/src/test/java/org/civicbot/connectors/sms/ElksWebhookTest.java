package org.civicbot.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.connectors.sms.SmsFixtures.ELKS_PASSWORD;
import static org.civicbot.connectors.sms.SmsFixtures.ELKS_USER;
import static org.civicbot.connectors.sms.SmsFixtures.WEBHOOK_PASSWORD;
import static org.civicbot.connectors.sms.SmsFixtures.WEBHOOK_USER;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 46elks' documented callbacks, with and without our basic credentials, through {@link ElksWebhook}. */
class ElksWebhookTest {

    private static final String URL = "https://kommun.example.se/webhooks/sms/46elks";
    private static final Instant NOW = Instant.parse("2026-12-03T19:00:00Z");
    private static final String IMAGES = "/a1/images/.*";

    @RegisterExtension
    static final WireMockExtension elks = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private ElksWebhook webhook;

    @BeforeEach
    void connect() {
        ElksAccount account = new ElksAccount(ELKS_USER, ELKS_PASSWORD, SmsFixtures.ELKS_NUMBER, WEBHOOK_USER,
                WEBHOOK_PASSWORD, URI.create(elks.baseUrl()));
        webhook = new ElksWebhook(account, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anIncomingSmsBecomesAMessageAnsweredWithAnEmptyBody() {
        WebhookResponse response = webhook.receive(authorized(SmsFixtures.form("46elks-incoming-sms.form")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).as("46elks would send a body back to the citizen as an SMS").isNull();
        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.SMS);
            assertThat(message.externalId()).isEqualTo("sf8425555e5d8db61dda7a7b3f1b91bdb");
            assertThat(message.threadId()).isEqualTo("46elks:+46706861004");
            assertThat(message.senderRef()).isEqualTo("+46706861004");
            assertThat(message.text()).isEqualTo("När töms soptunnorna i Våxnäs?");
            assertThat(message.receivedAt()).isEqualTo(Instant.parse("2026-12-03T13:57:23.741Z"));
            assertThat(message.attachments()).isEmpty();
            assertThat(message.position()).isNull();
        });
    }

    @Test
    void anMmsPictureIsDownloadedWithTheApiCredentials() {
        byte[] photo = SmsFixtures.jpeg();
        elks.stubFor(get(urlPathMatching(IMAGES)).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(photo)));

        WebhookResponse response = webhook.receive(authorized(mms()));

        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.externalId()).isEqualTo("m5a3c0b4f2e1d0c9b8a7f6e5d4c3b2a19");
            assertThat(message.text()).isEqualTo("Trädet har fallit över gångvägen");
            assertThat(message.attachments()).singleElement().satisfies(attachment -> {
                assertThat(attachment.mediaType()).isEqualTo("image/jpeg");
                assertThat(attachment.content()).isEqualTo(photo);
                assertThat(attachment.reference()).endsWith("/a1/images/m5a3c0b4f2e1d0c9b8a7f6e5d4c3b2a19.jpg");
            });
        });
        elks.verify(getRequestedFor(urlPathMatching(IMAGES)).withBasicAuth(new BasicCredentials(ELKS_USER, ELKS_PASSWORD)));
    }

    @Test
    void aPictureThatCannotBeFetchedLeavesAReferenceGuessedFromItsName() {
        elks.stubFor(get(urlPathMatching(IMAGES)).willReturn(aResponse().withStatus(500)));

        WebhookResponse response = webhook.receive(authorized(mms()));

        assertThat(response.messages().get(0).attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.mediaType()).isEqualTo("image/jpeg");
            assertThat(attachment.hasContent()).isFalse();
        });
    }

    @Test
    void aCallbackWithoutCredentialsIsUnauthenticated() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("46elks-incoming-sms.form");

        WebhookResponse response = webhook.receive(SmsFixtures.formPost(URL, Map.of(), SmsFixtures.encode(fields)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void aWrongPasswordOrUserIsForbidden() {
        String body = SmsFixtures.encode(SmsFixtures.form("46elks-incoming-sms.form"));

        for (String authorization : new String[] {
                SmsMedia.basicAuthorization(WEBHOOK_USER, "guessed-password"),
                SmsMedia.basicAuthorization("admin", WEBHOOK_PASSWORD),
                SmsMedia.basicAuthorization(WEBHOOK_USER, WEBHOOK_PASSWORD + "x"),
                "Basic not-base64!",
                "Bearer " + WEBHOOK_PASSWORD}) {
            WebhookResponse response = webhook.receive(SmsFixtures.formPost(URL,
                    Map.of("Authorization", authorization), body));

            assertThat(response.status()).as(authorization).isEqualTo(403);
            assertThat(response.messages()).isEmpty();
        }
    }

    @Test
    void aReplayedCallbackCarriesTheSameIdSoItIsStoredOnce() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("46elks-incoming-sms.form");

        String first = webhook.receive(authorized(fields)).messages().get(0).externalId();
        String replayed = webhook.receive(authorized(fields)).messages().get(0).externalId();

        assertThat(replayed).isEqualTo(first);
    }

    @Test
    void aDeliveryReportIsIgnoredWith200() {
        WebhookResponse response = webhook.receive(authorized(SmsFixtures.form("46elks-delivery-report.form")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void aCallbackWithoutIdOrWithAnUnreadableTimeIsMalformed() {
        LinkedHashMap<String, String> withoutId = SmsFixtures.form("46elks-incoming-sms.form");
        withoutId.remove("id");
        LinkedHashMap<String, String> badTime = SmsFixtures.form("46elks-incoming-sms.form");
        badTime.put("created", "yesterday");

        assertThat(webhook.receive(authorized(withoutId)).status()).isEqualTo(400);
        assertThat(webhook.receive(authorized(badTime)).status()).isEqualTo(400);
    }

    private static LinkedHashMap<String, String> mms() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("46elks-incoming-mms.form");
        fields.put("image", fields.get("image").replace("https://api.46elks.com", elks.baseUrl()));
        return fields;
    }

    private static WebhookRequest authorized(Map<String, String> fields) {
        return SmsFixtures.formPost(URL, Map.of("Authorization",
                SmsMedia.basicAuthorization(WEBHOOK_USER, WEBHOOK_PASSWORD)), SmsFixtures.encode(fields));
    }
}
