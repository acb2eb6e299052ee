package org.civicbot.connectors.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbot.connectors.telegram.TelegramFixtures.BOT_PATH;
import static org.civicbot.connectors.telegram.TelegramFixtures.json;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.polling.PollResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** getUpdates through telegrambots' client against a fake Bot API, the cursor being the next offset. */
class TelegramPollerTest {

    private static final String GET_UPDATES = BOT_PATH + "/getupdates";

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TelegramBotApi api = TelegramFixtures.api(telegram);
    private final TelegramPoller poller = new TelegramPoller(api, TelegramFixtures.updates(api), Duration.ofSeconds(3));

    @Test
    void theFirstPollReadsWhatTelegramHoldsAndTheCursorIsThePastTheLastUpdate() throws PlatformException {
        telegram.stubFor(post(GET_UPDATES).willReturn(okJson(json("response-get-updates.json"))));

        PollResult result = poller.poll(null);

        assertThat(result.messages()).extracting(InboundMessage::externalId).containsExactly("1111111:1365", "1111111:1366");
        assertThat(result.messages().get(0).text()).isEqualTo("Gatlampan utanför Storgatan 12 är trasig");
        assertThat(result.messages().get(1).position()).isEqualTo(new SentPosition(59.858563, 17.638927, 13));
        assertThat(result.nextCursor()).isEqualTo("10002");
        telegram.verify(postRequestedFor(urlEqualTo(GET_UPDATES))
                .withRequestBody(equalToJson("{\"limit\": 100, \"timeout\": 0, \"allowed_updates\": [\"message\"]}", false, true)));
    }

    @Test
    void theNextPollAsksFromTheCursorAndKeepsItWhenNothingCame() throws PlatformException {
        telegram.stubFor(post(GET_UPDATES).willReturn(okJson(json("response-get-updates-empty.json"))));

        PollResult result = poller.poll("10002");

        assertThat(result.messages()).isEmpty();
        assertThat(result.nextCursor()).isEqualTo("10002");
        telegram.verify(postRequestedFor(urlEqualTo(GET_UPDATES)).withRequestBody(matchingJsonPath("$.offset", equalTo("10002"))));
    }

    @Test
    void aRateLimitIsRetriedAfterWhatTelegramAskedForAndAnActiveWebhookIsNot() {
        telegram.stubFor(post(GET_UPDATES).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody(json("response-429.json"))));
        assertThatThrownBy(() -> poller.poll("10002")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        });

        telegram.stubFor(post(GET_UPDATES).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(json("response-409-webhook-active.json"))));
        assertThatThrownBy(() -> poller.poll("10002")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("deleteWebhook");
        });
    }

    @Test
    void theAccountIsTheBotsIdAndTheCursorOfAnotherIsIgnored() throws PlatformException {
        telegram.stubFor(post(GET_UPDATES).willReturn(okJson(json("response-get-updates-empty.json"))));

        assertThat(poller.account()).isEqualTo("123456");
        assertThat(poller.interval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(poller.poll("not-an-offset").nextCursor()).isEqualTo("not-an-offset");
    }
}
