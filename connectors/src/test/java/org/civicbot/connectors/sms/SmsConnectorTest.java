package org.civicbot.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.sms.SmsSegments.Encoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which provider answers, and how long an answer may be, with both providers faked. */
class SmsConnectorTest {

    private static final String TWILIO_MESSAGES = "/2010-04-01/Accounts/" + SmsFixtures.TWILIO_SID + "/Messages.json";
    private static final String CITIZEN = "+46701234567";

    @RegisterExtension
    static final WireMockExtension twilio = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();
    @RegisterExtension
    static final WireMockExtension elks = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final TwilioSender twilioSender = new TwilioSender(new TwilioAccount(SmsFixtures.TWILIO_SID,
            SmsFixtures.TWILIO_TOKEN, SmsFixtures.TWILIO_NUMBER, URI.create(twilio.baseUrl())), Clock.systemUTC());
    private final ElksSender elksSender = new ElksSender(new ElksAccount(SmsFixtures.ELKS_USER,
            SmsFixtures.ELKS_PASSWORD, SmsFixtures.ELKS_NUMBER, SmsFixtures.WEBHOOK_USER, SmsFixtures.WEBHOOK_PASSWORD,
            URI.create(elks.baseUrl())), HttpClient.newHttpClient(), Clock.systemUTC());
    private final SmsConnector both = new SmsConnector(List.of(twilioSender, elksSender), 3);

    @BeforeEach
    void providersAccept() {
        twilio.stubFor(post(urlPathMatching(".*/Messages.json")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("twilio-message-created.json"))));
        elks.stubFor(post(urlEqualTo("/a1/sms")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(SmsFixtures.text("46elks-sms-created.json"))));
    }

    @Test
    void aReplyGoesBackThroughTheProviderTheMessageCameBy() throws DeliveryException {
        String viaTwilio = both.send(reply("twilio:" + CITIZEN, "Hej från Twilio")).platformMessageId();
        String viaElks = both.send(reply("46elks:" + CITIZEN, "Hej från 46elks")).platformMessageId();

        assertThat(viaTwilio).isEqualTo("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(viaElks).isEqualTo("s17a6dafb12d6b1cabc053d57dac2b9d8");
        twilio.verify(1, postRequestedFor(urlEqualTo(TWILIO_MESSAGES)).withFormParam("Body", equalTo("Hej från Twilio")));
        elks.verify(1, postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("message", equalTo("Hej från 46elks")));
    }

    @Test
    void theOnlyConfiguredProviderSendsEveryReply() throws DeliveryException {
        SmsConnector elksOnly = new SmsConnector(List.of(elksSender), 3);

        elksOnly.send(reply("twilio:" + CITIZEN, "Hej"));

        elks.verify(1, postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(CITIZEN)));
        twilio.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void aThreadNamingNoConfiguredProviderIsRefusedWhenThereIsAChoice() {
        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> both.send(reply("vonage:" + CITIZEN, "Hej")));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).doesNotContain(CITIZEN);
    }

    @Test
    void aLongSwedishAnswerInThreeGsm7SegmentsIsSentWholeAndAFourthSegmentIsRefused() throws DeliveryException {
        String threeSegments = swedish(3 * 153);
        String fourSegments = swedish(3 * 153 + 1);
        assertThat(SmsSegments.encoding(threeSegments)).isEqualTo(Encoding.GSM_7);
        assertThat(threeSegments).contains("å", "ä", "ö");

        both.send(reply("twilio:" + CITIZEN, threeSegments));
        DeliveryException refused = catchThrowableOfType(DeliveryException.class,
                () -> both.send(reply("twilio:" + CITIZEN, fourSegments)));

        twilio.verify(1, postRequestedFor(urlEqualTo(TWILIO_MESSAGES)).withFormParam("Body", equalTo(threeSegments)));
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).contains("4 SMS segments as GSM_7").contains("3 allowed");
    }

    @Test
    void anEmojiMakesTheAnswerUcs2WithSixtySevenUnitsPerSegment() throws DeliveryException {
        String threeSegments = withEmoji(3 * 67);
        String fourSegments = withEmoji(3 * 67 + 1);
        assertThat(SmsSegments.encoding(threeSegments)).isEqualTo(Encoding.UCS_2);

        both.send(reply("46elks:" + CITIZEN, threeSegments));
        DeliveryException refused = catchThrowableOfType(DeliveryException.class,
                () -> both.send(reply("46elks:" + CITIZEN, fourSegments)));

        elks.verify(1, postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("message", equalTo(threeSegments)));
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).contains("4 SMS segments as UCS_2");
    }

    @Test
    void theStatusNamesTheProvidersWithoutWholeNumbers() {
        assertThat(both.status().enabled()).isTrue();
        assertThat(both.status().detail()).contains("twilio from +467******04", "46elks from +467******00")
                .doesNotContain(SmsFixtures.TWILIO_NUMBER);
    }

    private static OutboundReply reply(String threadId, String text) {
        return new OutboundReply(Channel.SMS, "message-1-bot-reply", threadId, CITIZEN, text);
    }

    /** A Swedish text of exactly this many GSM-7 septets. */
    private static String swedish(int septets) {
        String sentence = "Sophämtningen i Våxnäs sker på tisdagar; ställ kärlet vid tomtgränsen före kl. 06 på hämtdagen. ";
        return sentence.repeat(septets / sentence.length() + 1).substring(0, septets);
    }

    /** A text with an emoji, exactly this many UTF-16 units long. */
    private static String withEmoji(int units) {
        String text = "Tack för ditt meddelande 👍 ";
        String longer = text.repeat(units / text.length() + 1);
        String cut = longer.substring(0, units);
        return Character.isHighSurrogate(cut.charAt(units - 1)) ? cut.substring(0, units - 1) + "!" : cut;
    }
}
