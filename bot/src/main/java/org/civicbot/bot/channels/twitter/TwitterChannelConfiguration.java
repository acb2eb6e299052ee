package org.civicbot.bot.channels.twitter;

import java.time.Clock;

import org.civicbot.bot.channels.OnChannelSettings;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.DisconnectedChannel;
import org.civicbot.connectors.twitter.TwitterConnector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The X channel: with its credentials set, the {@link TwitterConnector} is the channel's {@link Connector} (it
 * replies) and a {@link org.civicbot.connectors.polling.MessagePoller} (the bot's polling reads the mentions);
 * X offers no webhook for mentions below its enterprise tier, so there is no receiver. Without them the channel
 * is off and health names the environment variables that would switch it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwitterChannelProperties.class)
class TwitterChannelConfiguration {

    @Bean
    @Conditional(Configured.class)
    TwitterConnector twitterConnector(TwitterChannelProperties properties, Clock clock) {
        return new TwitterConnector(properties.settings(), clock);
    }

    @Bean
    @Conditional(NotConfigured.class)
    Connector twitterDisconnected(TwitterChannelProperties properties) {
        return new DisconnectedChannel(Channel.TWITTER, properties.missing());
    }

    private static final String PREFIX = "civicbot.channels.twitter";

    static final class Configured extends OnChannelSettings<TwitterChannelProperties> {
        Configured() {
            super(PREFIX, TwitterChannelProperties.class, p -> p.missing().isEmpty());
        }
    }

    static final class NotConfigured extends OnChannelSettings<TwitterChannelProperties> {
        NotConfigured() {
            super(PREFIX, TwitterChannelProperties.class, p -> !p.missing().isEmpty());
        }
    }
}
