package org.civicbot.bot.channels.telegram;

import java.net.URI;

import org.civicbot.bot.channels.OnChannelSettings;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.DisconnectedChannel;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.civicbot.connectors.telegram.TelegramBotApi;
import org.civicbot.connectors.telegram.TelegramConnector;
import org.civicbot.connectors.telegram.TelegramMode;
import org.civicbot.connectors.telegram.TelegramPoller;
import org.civicbot.connectors.telegram.TelegramUpdates;
import org.civicbot.connectors.telegram.TelegramWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram channel: with the bot token set, the {@link TelegramConnector} is the channel's {@link Connector}
 * (it replies with sendMessage), and updates come in one of two ways, never both (Telegram refuses getUpdates
 * while a webhook is set): a {@link TelegramPoller} the bot's polling calls under its lease (mode
 * {@code polling}), or a {@link TelegramWebhook} at {@code /webhooks/telegram} (mode {@code webhook}, with the
 * secret token; with {@code webhook-url} set, the webhook is registered with Telegram at start). Without the
 * token the channel is off and health names the environment variables that would switch it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramChannelProperties.class)
class TelegramChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannelConfiguration.class);

    @Bean
    @Conditional(Configured.class)
    TelegramBotApi telegramBotApi(TelegramChannelProperties properties) {
        return TelegramBotApi.connect(properties.token().strip(), properties.baseUrl());
    }

    @Bean
    @Conditional(Configured.class)
    TelegramUpdates telegramUpdates(TelegramChannelProperties properties, TelegramBotApi telegramBotApi) {
        return new TelegramUpdates(telegramBotApi, MediaDownloader.withDefaults(), properties.greetingText());
    }

    @Bean
    @Conditional(Configured.class)
    TelegramConnector telegramConnector(TelegramChannelProperties properties, TelegramBotApi telegramBotApi) {
        return new TelegramConnector(telegramBotApi, properties.mode());
    }

    @Bean
    @Conditional(Polling.class)
    TelegramPoller telegramPoller(TelegramChannelProperties properties, TelegramBotApi telegramBotApi,
                                  TelegramUpdates telegramUpdates) {
        return new TelegramPoller(telegramBotApi, telegramUpdates, properties.pollInterval());
    }

    @Bean
    @Conditional(Webhook.class)
    TelegramWebhook telegramWebhook(TelegramChannelProperties properties, TelegramUpdates telegramUpdates) {
        return new TelegramWebhook(telegramUpdates, properties.webhookSecret().strip());
    }

    /**
     * Points Telegram at the webhook when its public URL is configured. A Telegram out of reach does not stop
     * the start: the webhook set last time stays in force, and the next start tries again.
     */
    @Bean
    @Conditional(WebhookToRegister.class)
    ApplicationRunner telegramWebhookRegistration(TelegramChannelProperties properties,
                                                  TelegramBotApi telegramBotApi) {
        return arguments -> {
            URI url = URI.create(properties.webhookUrl().strip());
            try {
                telegramBotApi.setWebhook(url, properties.webhookSecret().strip());
                log.info("Telegram delivers bot {}'s messages to {}", telegramBotApi.botId(), url);
            } catch (PlatformException e) {
                log.warn("Could not register the Telegram webhook {}: {}", url, e.getMessage());
            }
        };
    }

    @Bean
    @Conditional(NotConfigured.class)
    Connector telegramDisconnected(TelegramChannelProperties properties) {
        return new DisconnectedChannel(Channel.TELEGRAM, properties.missing());
    }

    private static final String PREFIX = "civicbot.channels.telegram";

    static final class Configured extends OnChannelSettings<TelegramChannelProperties> {
        Configured() {
            super(PREFIX, TelegramChannelProperties.class, p -> p.missing().isEmpty());
        }
    }

    static final class NotConfigured extends OnChannelSettings<TelegramChannelProperties> {
        NotConfigured() {
            super(PREFIX, TelegramChannelProperties.class, p -> !p.missing().isEmpty());
        }
    }

    static final class Polling extends OnChannelSettings<TelegramChannelProperties> {
        Polling() {
            super(PREFIX, TelegramChannelProperties.class,
                    p -> p.missing().isEmpty() && p.mode() == TelegramMode.POLLING);
        }
    }

    static final class Webhook extends OnChannelSettings<TelegramChannelProperties> {
        Webhook() {
            super(PREFIX, TelegramChannelProperties.class,
                    p -> p.missing().isEmpty() && p.mode() == TelegramMode.WEBHOOK);
        }
    }

    static final class WebhookToRegister extends OnChannelSettings<TelegramChannelProperties> {
        WebhookToRegister() {
            super(PREFIX, TelegramChannelProperties.class,
                    p -> p.missing().isEmpty() && p.mode() == TelegramMode.WEBHOOK && !p.webhookUrl().isBlank());
        }
    }
}
