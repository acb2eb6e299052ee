package org.civicbot.bot.channels.facebook;

import java.time.Clock;

import org.civicbot.bot.channels.OnChannelSettings;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.DisconnectedChannel;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.civicbot.connectors.facebook.FacebookChannel;
import org.civicbot.connectors.facebook.FacebookCommentPoller;
import org.civicbot.connectors.facebook.FacebookGraph;
import org.civicbot.connectors.facebook.FacebookSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Facebook Page channel: with its credentials set, the {@link FacebookChannel} is the channel's
 * {@link Connector} (it replies through the Graph API) and its webhook receiver ({@code /webhooks/facebook}:
 * Messenger and comments); with comment polling switched on, a {@link FacebookCommentPoller} also reads
 * comments through the Graph API. Both share one {@link FacebookGraph}, so a rate limit seen by one pauses the
 * other. Without the credentials the channel is off and health names the environment variables that would
 * switch it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FacebookChannelProperties.class)
class FacebookChannelConfiguration {

    @Bean
    @Conditional(Configured.class)
    FacebookGraph facebookGraph(FacebookChannelProperties properties, Clock clock) {
        FacebookSettings settings = properties.settings();
        return new FacebookGraph(settings.graphBaseUrl(), settings.pageAccessToken(), settings.appSecret(), clock);
    }

    @Bean
    @Conditional(Configured.class)
    FacebookChannel facebookChannel(FacebookChannelProperties properties, FacebookGraph facebookGraph, Clock clock) {
        return new FacebookChannel(properties.settings(), facebookGraph, MediaDownloader.withDefaults(), clock);
    }

    @Bean
    @Conditional(PollingConfigured.class)
    FacebookCommentPoller facebookCommentPoller(FacebookChannelProperties properties, FacebookGraph facebookGraph,
                                                Clock clock) {
        return new FacebookCommentPoller(facebookGraph, properties.settings().pageId(), properties.pollInterval(),
                clock);
    }

    @Bean
    @Conditional(NotConfigured.class)
    Connector facebookDisconnected(FacebookChannelProperties properties) {
        return new DisconnectedChannel(Channel.FACEBOOK, properties.missing());
    }

    private static final String PREFIX = "civicbot.channels.facebook";

    static final class Configured extends OnChannelSettings<FacebookChannelProperties> {
        Configured() {
            super(PREFIX, FacebookChannelProperties.class, p -> p.missing().isEmpty());
        }
    }

    static final class NotConfigured extends OnChannelSettings<FacebookChannelProperties> {
        NotConfigured() {
            super(PREFIX, FacebookChannelProperties.class, p -> !p.missing().isEmpty());
        }
    }

    static final class PollingConfigured extends OnChannelSettings<FacebookChannelProperties> {
        PollingConfigured() {
            super(PREFIX, FacebookChannelProperties.class, p -> p.missing().isEmpty() && p.pollComments());
        }
    }
}
