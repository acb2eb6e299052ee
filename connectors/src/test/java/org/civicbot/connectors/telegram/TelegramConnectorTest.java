package org.civicbot.connectors.telegram;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbot.connectors.telegram.TelegramFixtures.BOT_PATH;
import static org.civicbot.connectors.telegram.TelegramFixtures.SECRET;
import static org.civicbot.connectors.telegram.TelegramFixtures.TOKEN;
import static org.civicbot.connectors.telegram.TelegramFixtures.json;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.PlatformException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replies through telegrambots' client against a fake Bot API answering as Telegram documents it. */
class TelegramConnectorTest {

    private static final String SEND = BOT_PATH + "/sendmessage";

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TelegramBotApi api = TelegramFixtures.api(telegram);
    private final TelegramConnector connector = new TelegramConnector(api, TelegramMode.POLLING);
    private final OutboundReply reply = new OutboundReply(Channel.TELEGRAM, "message-7-bot-reply", "1111111",
            "1111111", "Tack! Ditt ärende har nummer 2026-000123.");

    @Test
    void aReplyIsSentToTheChatWithTheBotsTokenInThePath() throws DeliveryException {
        telegram.stubFor(post(SEND).willReturn(okJson(json("response-send-message.json"))));

        assertThat(connector.send(reply).platformMessageId()).isEqualTo("1111111:1370");

        telegram.verify(postRequestedFor(urlEqualTo(SEND))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("1111111")))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Tack! Ditt ärende har nummer 2026-000123."))));
    }

    @Test
    void tooManyRequestsIsRetriedAfterWhatTelegramAskedFor() {
        telegram.stubFor(post(SEND).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody(json("response-429.json"))));

        assertThatThrownBy(() -> connector.send(reply)).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            assertThat(e.getMessage()).contains("429").doesNotContain(TOKEN);
        });
    }

    @Test
    void serverErrorsAndABrokenWayThereAreRetried() {
        telegram.stubFor(post(SEND).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody(json("response-500.json"))));
        assertRetryable();

        telegram.stubFor(post(SEND).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>502 Bad Gateway</body></html>")));
        assertRetryable();

        telegram.stubFor(post(SEND).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertRetryable();
    }

    @Test
    void aUserWhoBlockedTheBotOrAnUnknownChatIsNotRetried() {
        for (String refusal : new String[] {"response-403-blocked.json", "response-400-chat-not-found.json"}) {
            telegram.stubFor(post(SEND).willReturn(aResponse().withStatus(refusal.contains("403") ? 403 : 400)
                    .withHeader("Content-Type", "application/json").withBody(json(refusal))));

            assertThatThrownBy(() -> connector.send(reply)).isInstanceOfSatisfying(DeliveryException.class, e -> {
                assertThat(e.retryable()).as(refusal).isFalse();
                assertThat(e.getMessage()).doesNotContain(TOKEN);
            });
        }
    }

    @Test
    void anEmptyReplyIsRefusedWithoutCallingTelegram() {
        OutboundReply empty = new OutboundReply(Channel.TELEGRAM, "k", "1111111", "1111111", "");

        assertThatThrownBy(() -> connector.send(empty))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
        telegram.verify(0, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void setWebhookGivesTelegramTheUrlTheSecretAndOnlyMessageUpdates() throws PlatformException {
        telegram.stubFor(post(BOT_PATH + "/setWebhook").willReturn(okJson(json("response-set-webhook.json"))));

        api.setWebhook(URI.create("https://civic.example/webhooks/telegram"), SECRET);

        telegram.verify(postRequestedFor(urlEqualTo(BOT_PATH + "/setWebhook"))
                .withRequestBody(containing("https://civic.example/webhooks/telegram"))
                .withRequestBody(containing(SECRET))
                .withRequestBody(containing("[\"message\"]")));
    }

    @Test
    void statusNamesTheBotByItsIdNeverByItsToken() {
        assertThat(connector.status().enabled()).isTrue();
        assertThat(connector.status().detail()).isEqualTo("bot 123456, polling getUpdates").doesNotContain(TOKEN);
        assertThat(new TelegramConnector(api, TelegramMode.WEBHOOK).status().detail())
                .isEqualTo("bot 123456, webhook /webhooks/telegram");
    }

    @Test
    void aTokenNotOfBotFathersFormOrAServerWithAPathIsRefusedAtStart() {
        assertThatThrownBy(() -> TelegramBotApi.connect("not-a-token", URI.create("https://api.telegram.org")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not-a-token");
        assertThatThrownBy(() -> TelegramBotApi.connect(TOKEN, URI.create("https://api.telegram.org/bot")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRetryable() {
        assertThatThrownBy(() -> connector.send(reply)).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
    }
}
