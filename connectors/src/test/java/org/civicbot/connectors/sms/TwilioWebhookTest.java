package org.civicbot.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.connectors.sms.SmsFixtures.TWILIO_SID;
import static org.civicbot.connectors.sms.SmsFixtures.TWILIO_TOKEN;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.twilio.security.RequestValidator;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Twilio's documented webhook requests, signed as Twilio signs them, through {@link TwilioWebhook}. */
class TwilioWebhookTest {

    private static final String URL = "https://kommun.example.se/webhooks/sms/twilio";
    private static final Instant NOW = Instant.parse("2026-12-03T19:00:00Z");
    private static final String MEDIA_PATH = "/2010-04-01/Accounts/" + TWILIO_SID + "/Messages/.*/Media/.*";

    @RegisterExtension
    static final WireMockExtension twilio = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static final WireMockExtension storage = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private TwilioWebhook webhook;

    @BeforeEach
    void connect() {
        TwilioAccount account = new TwilioAccount(TWILIO_SID, TWILIO_TOKEN, SmsFixtures.TWILIO_NUMBER,
                URI.create(twilio.baseUrl()));
        webhook = new TwilioWebhook(account, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void ourSignaturesAreTheOnesTheSdksValidatorAccepts() {
        Map<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");

        assertThat(new RequestValidator(TWILIO_TOKEN)
                .validate(URL, fields, SmsFixtures.twilioSignature(TWILIO_TOKEN, URL, fields))).isTrue();
    }

    @Test
    void anIncomingSmsBecomesAMessageAnsweredWithEmptyTwiml() {
        WebhookResponse response = webhook.receive(signed(SmsFixtures.form("twilio-incoming-sms.form")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");
        assertThat(response.contentType()).isEqualTo("text/xml");
        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.SMS);
            assertThat(message.externalId()).isEqualTo("SM8f2a3b4c5d6e7f8091a2b3c4d5e6f708");
            assertThat(message.threadId()).isEqualTo("twilio:+46701234567");
            assertThat(message.senderRef()).isEqualTo("+46701234567");
            assertThat(message.text()).isEqualTo("Gatlampan utanför Storgatan 12 är trasig");
            assertThat(message.receivedAt()).isEqualTo(NOW);
            assertThat(message.attachments()).isEmpty();
            assertThat(message.position()).isNull();
        });
    }

    @Test
    void anMmsPhotoIsDownloadedWithTheAccountsCredentials() {
        byte[] photo = SmsFixtures.jpeg();
        twilio.stubFor(get(urlPathMatching(MEDIA_PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(photo)));

        WebhookResponse response = webhook.receive(signed(mms("image/jpeg")));

        InboundMessage message = response.messages().get(0);
        assertThat(message.externalId()).isEqualTo("MM4a1f6b2c8d9e0f1a2b3c4d5e6f7a8b9c");
        assertThat(message.text()).isEqualTo("Trasig parkbänk, se bild");
        assertThat(message.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.mediaType()).isEqualTo("image/jpeg");
            assertThat(attachment.reference()).startsWith(twilio.baseUrl() + "/2010-04-01/Accounts/");
            assertThat(attachment.content()).isEqualTo(photo);
            assertThat(attachment.sizeBytes()).isEqualTo(photo.length);
        });
        twilio.verify(getRequestedFor(urlPathMatching(MEDIA_PATH))
                .withBasicAuth(new BasicCredentials(TWILIO_SID, TWILIO_TOKEN)));
    }

    @Test
    void aMediaUrlRedirectingToTwiliosStorageIsFollowedWithoutTheCredentials() {
        byte[] photo = SmsFixtures.jpeg();
        String signed = "/mms/ME0a1b2c3d4e5f60718293a4b5c6d7e8f9?X-Amz-Signature=3f1c9b";
        twilio.stubFor(get(urlPathMatching(MEDIA_PATH)).willReturn(aResponse().withStatus(307)
                .withHeader("Location", storage.baseUrl() + signed)));
        storage.stubFor(get(urlPathMatching("/mms/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(photo)));

        WebhookResponse response = webhook.receive(signed(mms("image/jpeg")));

        assertThat(response.messages().get(0).attachments().get(0).content()).isEqualTo(photo);
        twilio.verify(getRequestedFor(urlPathMatching(MEDIA_PATH))
                .withBasicAuth(new BasicCredentials(TWILIO_SID, TWILIO_TOKEN)));
        storage.verify(getRequestedFor(urlPathMatching("/mms/.*")).withoutHeader("Authorization"));
    }

    @Test
    void mediaThatIsNotAPhotoIsKeptAsAReferenceWithoutFetchingIt() {
        WebhookResponse response = webhook.receive(signed(mms("video/mp4")));

        Attachment video = response.messages().get(0).attachments().get(0);
        assertThat(video.mediaType()).isEqualTo("video/mp4");
        assertThat(video.hasContent()).isFalse();
        twilio.verify(0, getRequestedFor(urlPathMatching(MEDIA_PATH)));
    }

    @Test
    void aPhotoTwilioCannotServeNowLeavesTheMessageWithAReference() {
        twilio.stubFor(get(urlPathMatching(MEDIA_PATH)).willReturn(aResponse().withStatus(503)));

        WebhookResponse response = webhook.receive(signed(mms("image/jpeg")));

        assertThat(response.status()).isEqualTo(200);
        Attachment photo = response.messages().get(0).attachments().get(0);
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.hasContent()).isFalse();
    }

    @Test
    void aRequestWithoutSignatureIsUnauthenticated() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");

        WebhookResponse response = webhook.receive(SmsFixtures.formPost(URL, Map.of(), SmsFixtures.encode(fields)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void aSignatureFromAnotherTokenIsForbidden() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");
        String forged = SmsFixtures.twilioSignature("another-accounts-token-000000000", URL, fields);

        WebhookResponse response = webhook.receive(SmsFixtures.formPost(URL,
                Map.of("X-Twilio-Signature", forged), SmsFixtures.encode(fields)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void aTextChangedAfterSigningIsForbidden() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");
        String signature = SmsFixtures.twilioSignature(TWILIO_TOKEN, URL, fields);
        fields.put("Body", "Ring mig på +46709999999");

        WebhookResponse response = webhook.receive(SmsFixtures.formPost(URL,
                Map.of("X-Twilio-Signature", signature), SmsFixtures.encode(fields)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.messages()).isEmpty();
    }

    @Test
    void aSignatureForAnotherUrlIsForbidden() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");
        String signature = SmsFixtures.twilioSignature(TWILIO_TOKEN, "https://elsewhere.example/sms", fields);

        WebhookResponse response = webhook.receive(SmsFixtures.formPost(URL,
                Map.of("X-Twilio-Signature", signature), SmsFixtures.encode(fields)));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aReplayedDeliveryCarriesTheSameMessageSidSoItIsStoredOnce() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");

        String first = webhook.receive(signed(fields)).messages().get(0).externalId();
        String replayed = webhook.receive(signed(fields)).messages().get(0).externalId();

        assertThat(replayed).isEqualTo(first);
    }

    @Test
    void aStatusCallbackIsIgnoredWith200() {
        WebhookResponse response = webhook.receive(signed(SmsFixtures.form("twilio-status-callback.form")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.messages()).isEmpty();
        assertThat(response.detail()).contains("delivered");
    }

    @Test
    void aSignedFormWithoutMessageSidIsMalformed() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");
        fields.remove("MessageSid");

        assertThat(webhook.receive(signed(fields)).status()).isEqualTo(400);
    }

    @Test
    void aMediaCountThatIsNotANumberIsMalformed() {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-sms.form");
        fields.put("NumMedia", "one");

        assertThat(webhook.receive(signed(fields)).status()).isEqualTo(400);
    }

    @Test
    void aMissingMediaUrlIsMalformed() {
        LinkedHashMap<String, String> fields = mms("image/jpeg");
        fields.remove("MediaUrl0");

        assertThat(webhook.receive(signed(fields)).status()).isEqualTo(400);
    }

    /** The documented MMS with its media URL on the fake server and the given media type. */
    private static LinkedHashMap<String, String> mms(String mediaType) {
        LinkedHashMap<String, String> fields = SmsFixtures.form("twilio-incoming-mms.form");
        fields.put("MediaUrl0", fields.get("MediaUrl0").replace("https://api.twilio.com", twilio.baseUrl()));
        fields.put("MediaContentType0", mediaType);
        return fields;
    }

    private static WebhookRequest signed(Map<String, String> fields) {
        return SmsFixtures.formPost(URL, Map.of("X-Twilio-Signature",
                SmsFixtures.twilioSignature(TWILIO_TOKEN, URL, fields)), SmsFixtures.encode(fields));
    }
}
