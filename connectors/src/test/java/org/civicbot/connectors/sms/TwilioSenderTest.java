package org.civicbot.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civicbot.connectors.sms.SmsFixtures.TWILIO_SID;
import static org.civicbot.connectors.sms.SmsFixtures.TWILIO_TOKEN;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.DeliveryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Twilio SDK sending through {@link TwilioSender} to a fake Twilio that answers as documented. */
class TwilioSenderTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T19:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final WireMockExtension twilio = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final TwilioSender sender = senderTo(URI.create(twilio.baseUrl()));

    @Test
    void aReplyIsPostedToTheMessagesApiWithTheAccountsCredentials() throws DeliveryException {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("twilio-message-created.json"))));

        String sid = sender.send("+46701234567", "Tack! Vi har tagit emot din felanmälan.").platformMessageId();

        assertThat(sid).isEqualTo("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        twilio.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withBasicAuth(new BasicCredentials(TWILIO_SID, TWILIO_TOKEN))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("To", equalTo("+46701234567"))
                .withFormParam("From", equalTo(SmsFixtures.TWILIO_NUMBER))
                .withFormParam("Body", equalTo(
                        "Tack! Vi har tagit emot din felanmälan.")));
    }

    @Test
    void aRateLimitIsRetryableAfterWhatTwilioAskedFor() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("twilio-error-20429.json"))));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46701234567", "Hej"));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure.getMessage()).contains("HTTP 429").contains("20429");
    }

    @Test
    void anOutageIsRetryableAndTriedOnceNotAgainInsideTheSdk() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>")));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46701234567", "Hej"));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("HTTP 503");
        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void anInvalidNumberIsRefusedForGoodWithoutTheWholeNumberInTheError() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("twilio-error-21211.json"))));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46701234567", "Hej"));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("21211").contains("+467******67").doesNotContain("+46701234567");
    }

    @Test
    void aCitizenWhoAnsweredStopIsNotSentToAgain() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("twilio-error-21610.json"))));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> sender.send("+46701234567", "Hej"));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("21610");
    }

    @Test
    void twilioOutOfReachIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TwilioSender unreachable = senderTo(URI.create("http://localhost:" + closedPort));

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> unreachable.send("+46701234567", "Hej"));

        assertThat(failure.retryable()).isTrue();
    }

    private static TwilioSender senderTo(URI baseUrl) {
        return new TwilioSender(new TwilioAccount(TWILIO_SID, TWILIO_TOKEN, SmsFixtures.TWILIO_NUMBER, baseUrl), CLOCK);
    }
}
