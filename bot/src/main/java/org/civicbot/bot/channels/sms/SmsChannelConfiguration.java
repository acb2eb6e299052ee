package org.civicbot.bot.channels.sms;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.bot.channels.OnChannelSettings;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.DisconnectedChannel;
import org.civicbot.connectors.sms.ElksSender;
import org.civicbot.connectors.sms.ElksWebhook;
import org.civicbot.connectors.sms.SmsConnector;
import org.civicbot.connectors.sms.SmsProvider;
import org.civicbot.connectors.sms.TwilioSender;
import org.civicbot.connectors.sms.TwilioWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS/MMS channel: one {@link SmsConnector} that replies through Twilio or 46elks (whichever the citizen's
 * message came by), with a webhook per configured provider at {@code /webhooks/sms/twilio} and
 * {@code /webhooks/sms/46elks}. With neither provider's settings complete the channel is off and health names
 * the environment variables that would switch it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsChannelProperties.class)
class SmsChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsChannelConfiguration.class);

    @Bean
    @Conditional(AnyProvider.class)
    SmsConnector smsConnector(SmsChannelProperties properties, Clock clock) {
        List<SmsProvider> providers = new ArrayList<>();
        if (properties.twilio().missing().isEmpty()) {
            providers.add(new TwilioSender(properties.twilio().account(), clock));
        } else if (properties.twilio().partlySet()) {
            log.warn("SMS through Twilio is off: {} not set", String.join(", ", properties.twilio().missing()));
        }
        if (properties.elks().missing().isEmpty()) {
            providers.add(new ElksSender(properties.elks().account(),
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), clock));
        } else if (properties.elks().partlySet()) {
            log.warn("SMS through 46elks is off: {} not set", String.join(", ", properties.elks().missing()));
        }
        return new SmsConnector(providers, properties.maxSegments());
    }

    @Bean
    @Conditional(TwilioConfigured.class)
    TwilioWebhook twilioWebhook(SmsChannelProperties properties, Clock clock) {
        return new TwilioWebhook(properties.twilio().account(), clock);
    }

    @Bean
    @Conditional(ElksConfigured.class)
    ElksWebhook elksWebhook(SmsChannelProperties properties, Clock clock) {
        return new ElksWebhook(properties.elks().account(), clock);
    }

    @Bean
    @Conditional(NoProvider.class)
    Connector smsDisconnected(SmsChannelProperties properties) {
        return new DisconnectedChannel(Channel.SMS, properties.missing());
    }

    private static final String PREFIX = "civicbot.channels.sms";

    static final class AnyProvider extends OnChannelSettings<SmsChannelProperties> {
        AnyProvider() {
            super(PREFIX, SmsChannelProperties.class, SmsChannelProperties::anyProvider);
        }
    }

    static final class NoProvider extends OnChannelSettings<SmsChannelProperties> {
        NoProvider() {
            super(PREFIX, SmsChannelProperties.class, p -> !p.anyProvider());
        }
    }

    static final class TwilioConfigured extends OnChannelSettings<SmsChannelProperties> {
        TwilioConfigured() {
            super(PREFIX, SmsChannelProperties.class, p -> p.twilio().missing().isEmpty());
        }
    }

    static final class ElksConfigured extends OnChannelSettings<SmsChannelProperties> {
        ElksConfigured() {
            super(PREFIX, SmsChannelProperties.class, p -> p.elks().missing().isEmpty());
        }
    }
}
