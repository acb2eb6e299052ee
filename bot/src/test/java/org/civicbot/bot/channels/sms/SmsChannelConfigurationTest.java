package org.civicbot.bot.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.civicbot.connectors.Connector;
import org.civicbot.connectors.DisconnectedChannel;
import org.civicbot.connectors.sms.ElksWebhook;
import org.civicbot.connectors.sms.SmsConnector;
import org.civicbot.connectors.sms.TwilioWebhook;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which SMS beans exist for which settings: each provider on only with all its settings. */
class SmsChannelConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SmsChannelConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void withoutSettingsTheChannelIsOffAndSaysWhatWouldSwitchItOn() {
        context.run(beans -> {
            assertThat(beans).hasSingleBean(Connector.class).doesNotHaveBean(WebhookReceiver.class);
            Connector sms = beans.getBean(Connector.class);
            assertThat(sms).isInstanceOf(DisconnectedChannel.class);
            assertThat(sms.status().enabled()).isFalse();
            assertThat(sms.status().detail()).contains(
                    "CIVICBOT_CHANNELS_SMS_TWILIO_ACCOUNTSID + CIVICBOT_CHANNELS_SMS_TWILIO_AUTHTOKEN"
                            + " + CIVICBOT_CHANNELS_SMS_TWILIO_FROMNUMBER (Twilio)",
                    "or CIVICBOT_CHANNELS_SMS_ELKS_APIUSERNAME", "CIVICBOT_CHANNELS_SMS_ELKS_WEBHOOKPASSWORD (46elks)");
        });
    }

    @Test
    void only46elksConfiguredGivesTheConnectorAndOnlyThe46elksWebhook() {
        context.withPropertyValues(
                "civicbot.channels.sms.elks.api-username=u1234",
                "civicbot.channels.sms.elks.api-password=secret",
                "civicbot.channels.sms.elks.from-number=+46766860000",
                "civicbot.channels.sms.elks.webhook-username=civicbot",
                "civicbot.channels.sms.elks.webhook-password=it's-a-secret",
                "civicbot.channels.sms.twilio.account-sid=AC123").run(beans -> {
                    assertThat(beans).hasSingleBean(SmsConnector.class).hasSingleBean(ElksWebhook.class)
                            .doesNotHaveBean(TwilioWebhook.class).doesNotHaveBean(DisconnectedChannel.class);
                    assertThat(beans.getBean(SmsConnector.class).status().detail())
                            .contains("46elks").doesNotContain("twilio");
                });
    }

    @Test
    void bothProvidersGiveOneConnectorAndTwoWebhooks() {
        context.withPropertyValues(
                "civicbot.channels.sms.twilio.account-sid=AC123",
                "civicbot.channels.sms.twilio.auth-token=token",
                "civicbot.channels.sms.twilio.from-number=+46766861004",
                "civicbot.channels.sms.elks.api-username=u1234",
                "civicbot.channels.sms.elks.api-password=secret",
                "civicbot.channels.sms.elks.from-number=+46766860000",
                "civicbot.channels.sms.elks.webhook-username=civicbot",
                "civicbot.channels.sms.elks.webhook-password=secret").run(beans -> {
                    assertThat(beans).hasSingleBean(Connector.class).hasSingleBean(TwilioWebhook.class)
                            .hasSingleBean(ElksWebhook.class);
                    assertThat(beans.getBeansOfType(WebhookReceiver.class).values())
                            .extracting(WebhookReceiver::path).containsExactlyInAnyOrder("sms/twilio", "sms/46elks");
                });
    }
}
