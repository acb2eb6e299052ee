package org.civicbot.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civicbot.connectors.sms.SmsFixtures.ELKS_PASSWORD;
import static org.civicbot.connectors.sms.SmsFixtures.ELKS_USER;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.DeliveryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ElksSender} against a fake 46elks that answers as documented. */
class ElksSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T19:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final WireMockExtension elks = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final ElksSender sender = new ElksSender(new ElksAccount(ELKS_USER, ELKS_PASSWORD,
            SmsFixtures.ELKS_NUMBER, SmsFixtures.WEBHOOK_USER, SmsFixtures.WEBHOOK_PASSWORD,
            URI.create(elks.baseUrl())), HttpClient.newHttpClient(), CLOCK);

    @Test
    void aReplyIsPostedToTheSmsApiWithTheApiCredentials() throws DeliveryException {
        elks.stubFor(post(urlEqualTo("/a1/sms")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("46elks-sms-created.json"))));

        String id = sender.send("+46706861004", "Tack! Vi har tagit emot din felanmälan.").platformMessageId();

        assertThat(id).isEqualTo("s17a6dafb12d6b1cabc053d57dac2b9d8");
        elks.verify(postRequestedFor(urlEqualTo("/a1/sms"))
                .withBasicAuth(new BasicCredentials(ELKS_USER, ELKS_PASSWORD))
                .withFormParam("from", equalTo(SmsFixtures.ELKS_NUMBER))
                .withFormParam("to", equalTo("+46706861004"))
                .withFormParam("message", equalTo("Tack! Vi har tagit emot din felanmälan.")));
    }

    @Test
    void aRateLimitIsRetryableAfterWhat46elksAskedFor() {
        elks.stubFor(post(urlEqualTo("/a1/sms")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "12").withBody("Too Many Requests")));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46706861004", "Hej"));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void anOutageIsRetryable() {
        elks.stubFor(post(urlEqualTo("/a1/sms")).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46706861004", "Hej"));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("HTTP 502");
    }

    @Test
    void aRefusedNumberIsNotRetriedAndNotNamedInFull() {
        elks.stubFor(post(urlEqualTo("/a1/sms")).willReturn(aResponse().withStatus(403)
                .withBody("Invalid to number: +46706861004")));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46706861004", "Hej"));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("Invalid to number").doesNotContain("+46706861004");
    }

    @Test
    void anAcceptedSmsWithoutIdIsNotSentAgain() {
        elks.stubFor(post(urlEqualTo("/a1/sms")).willReturn(aResponse().withBody("OK")));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46706861004", "Hej"));

        assertThat(failure.retryable()).isFalse();
    }
}
