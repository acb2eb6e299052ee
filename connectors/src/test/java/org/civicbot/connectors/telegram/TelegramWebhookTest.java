package org.civicbot.connectors.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbot.connectors.telegram.TelegramFixtures.BOT_PATH;
import static org.civicbot.connectors.telegram.TelegramFixtures.SECRET;
import static org.civicbot.connectors.telegram.TelegramFixtures.TOKEN;
import static org.civicbot.connectors.telegram.TelegramFixtures.bytes;
import static org.civicbot.connectors.telegram.TelegramFixtures.delivery;
import static org.civicbot.connectors.telegram.TelegramFixtures.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.webhook.WebhookResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhook deliveries of the documented Update samples, with a fake Bot API server for files and greetings. */
class TelegramWebhookTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 'E', 'x', 'i', 'f'};

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TelegramWebhook webhook = new TelegramWebhook(TelegramFixtures.updates(TelegramFixtures.api(telegram)),
            SECRET);

    @Test
    void aTextMessageBecomesOneMessageWithChatAndMessageIdsAsItsId() {
        WebhookResponse response = webhook.receive(delivery(SECRET, bytes("update-text.json")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.messages()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.TELEGRAM);
            assertThat(message.externalId()).isEqualTo("1111111:1365");
            assertThat(message.threadId()).isEqualTo("1111111");
            assertThat(message.senderRef()).isEqualTo("1111111");
            assertThat(message.text()).isEqualTo("Gatlampan utanför Storgatan 12 är trasig");
            assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochSecond(1441645532));
            assertThat(message.attachments()).isEmpty();
            assertThat(message.position()).isNull();
        });
        assertThat(webhook.path()).isEqualTo("telegram");
    }

    @Test
    void aSharedLocationIsTheMessagesPositionWithItsAccuracyRoundedUp() {
        InboundMessage message = webhook.receive(delivery(SECRET, bytes("update-location.json"))).messages().get(0);

        assertThat(message.position()).isEqualTo(new SentPosition(59.858563, 17.638927, 13));
        assertThat(message.text()).isEmpty();
        assertThat(message.externalId()).isEqualTo("1111111:1366");
    }

    @Test
    void theLargestSizeOfAPhotoIsDownloadedAndKeptByFileIdWithTheCaptionAsText() {
        telegram.stubFor(post(BOT_PATH + "/getFile")
                .withRequestBody(matchingJsonPath("$.file_id", equalTo("AgACAgQAAxkBAAIBZ2VhY3Rpb24tbGFyZ2U")))
                .willReturn(okJson(json("response-get-file.json"))));
        telegram.stubFor(get(urlEqualTo("/file" + BOT_PATH + "/photos/file_2.jpg"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        InboundMessage message = webhook.receive(delivery(SECRET, bytes("update-photo-caption.json")))
                .messages().get(0);

        assertThat(message.text()).isEqualTo("Trasig parkbänk vid lekplatsen");
        assertThat(message.attachments()).singleElement().satisfies(photo -> {
            assertThat(photo.reference()).isEqualTo("telegram:file/AgACAgQAAxkBAAIBZ2VhY3Rpb24tbGFyZ2U")
                    .doesNotContain(TOKEN);
            assertThat(photo.mediaType()).isEqualTo("image/jpeg");
            assertThat(photo.content()).isEqualTo(JPEG);
        });
    }

    @Test
    void anImageSentAsAFileIsDownloadedToo() {
        telegram.stubFor(post(BOT_PATH + "/getFile")
                .withRequestBody(matchingJsonPath("$.file_id", equalTo("BQACAgQAAxkBAAIBaGRvY3VtZW50LWpwZWc")))
                .willReturn(okJson(json("response-get-file-document.json"))));
        telegram.stubFor(get(urlEqualTo("/file" + BOT_PATH + "/documents/file_3.JPG"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        InboundMessage message = webhook.receive(delivery(SECRET, bytes("update-document-image.json")))
                .messages().get(0);

        assertThat(message.text()).isEqualTo("Klotter på skolans vägg");
        assertThat(message.attachments()).singleElement().extracting(Attachment::reference, Attachment::content)
                .containsExactly("telegram:file/BQACAgQAAxkBAAIBaGRvY3VtZW50LWpwZWc", JPEG);
    }

    @Test
    void aPhotoTheFileServerCannotGiveIsKeptByReferenceAndTheMessageIsNotLost() {
        telegram.stubFor(post(BOT_PATH + "/getFile").willReturn(okJson(json("response-get-file.json"))));
        telegram.stubFor(get(urlEqualTo("/file" + BOT_PATH + "/photos/file_2.jpg"))
                .willReturn(aResponse().withStatus(502)));

        InboundMessage message = webhook.receive(delivery(SECRET, bytes("update-photo-caption.json")))
                .messages().get(0);

        assertThat(message.attachments()).singleElement().satisfies(photo -> {
            assertThat(photo.hasContent()).isFalse();
            assertThat(photo.reference()).isEqualTo("telegram:file/AgACAgQAAxkBAAIBZ2VhY3Rpb24tbGFyZ2U");
            assertThat(photo.sizeBytes()).isEqualTo(71243);
        });
    }

    @Test
    void startIsGreetedInSwedishAndEnglishAndNotStored() {
        telegram.stubFor(post(BOT_PATH + "/sendmessage").willReturn(okJson(json("response-send-message.json"))));

        WebhookResponse response = webhook.receive(delivery(SECRET, bytes("update-start.json")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.messages()).isEmpty();
        telegram.verify(postRequestedFor(urlEqualTo(BOT_PATH + "/sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("1111111")))
                .withRequestBody(matchingJsonPath("$.text", matching("Hej! .*\\nHi! .*"))));
    }

    @Test
    void editsButtonPressesAndGroupChatsAreIgnoredWith200() {
        for (String fixture : new String[] {"update-edited-message.json", "update-callback-query.json",
                "update-group-text.json"}) {
            WebhookResponse response = webhook.receive(delivery(SECRET, bytes(fixture)));

            assertThat(response.status()).as(fixture).isEqualTo(200);
            assertThat(response.messages()).as(fixture).isEmpty();
        }
        assertThat(webhook.receive(delivery(SECRET, bytes("update-callback-query.json"))).detail())
                .contains("callback_query");
        assertThat(webhook.receive(delivery(SECRET, "{\"update_id\": 10009, \"guest_query\": {\"id\": \"x\"}}"
                .getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(200);
    }

    @Test
    void aMissingSecretIs401AndAWrongOne403AndNothingIsRead() {
        WebhookResponse missing = webhook.receive(delivery(null, bytes("update-start.json")));
        WebhookResponse wrong = webhook.receive(delivery("s3cret_Token-for-webhookz", bytes("update-start.json")));

        assertThat(missing.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(missing.messages()).isEmpty();
        assertThat(wrong.messages()).isEmpty();
        telegram.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyThatIsNotAnUpdateIs400() {
        for (String body : new String[] {"{\"update_id\": 10000, \"message\": ", "[]", "null", "{\"message\": {}}",
                "{\"update_id\": 10000, \"message\": {\"message_id\": 1, \"text\": \"no chat\"}}"}) {
            assertThat(webhook.receive(delivery(SECRET, body.getBytes(StandardCharsets.UTF_8))).status())
                    .as(body).isEqualTo(400);
        }
    }

    @Test
    void aSecretTelegramWouldRefuseIsRefusedAtStart() {
        TelegramUpdates updates = TelegramFixtures.updates(TelegramFixtures.api(telegram));

        assertThatThrownBy(() -> new TelegramWebhook(updates, "with space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelegramWebhook(updates, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
