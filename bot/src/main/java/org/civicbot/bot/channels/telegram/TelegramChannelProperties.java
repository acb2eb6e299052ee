package org.civicbot.bot.channels.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.connectors.telegram.TelegramMode;
import org.civicbot.connectors.telegram.TelegramUpdates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram channel's settings ({@code civicbot.channels.telegram.*}, from {@code CIVICBOT_CHANNELS_TELEGRAM_*}):
 * the bot token from BotFather, how updates arrive ({@code polling}, the default, or {@code webhook}), the
 * webhook's secret token (required in webhook mode) and, optionally, its public URL to register with Telegram at
 * start, the Bot API server's address, how often to poll, and the {@code /start} greeting. The channel is on
 * when the token (and, for a webhook, the secret) is set; both come only from the environment.
 *
 * @param baseUrl      scheme, host and port of the Bot API server; the file server is under it at {@code /file}
 * @param webhookUrl   when set in webhook mode, {@code setWebhook} is called with it at start
 * @param pollInterval pause between two getUpdates calls in polling mode
 * @param greeting     the {@code /start} answer; blank: the built-in Swedish and English one
 */
@ConfigurationProperties("civicbot.channels.telegram")
public record TelegramChannelProperties(
        @DefaultValue("") String token,
        @DefaultValue("polling") TelegramMode mode,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("") String webhookUrl,
        @DefaultValue("https://api.telegram.org") URI baseUrl,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("") String greeting) {

    private static final String PREFIX = "CIVICBOT_CHANNELS_TELEGRAM_";

    /** The environment variables that are not set and would switch the channel on. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (token.isBlank()) {
            missing.add(PREFIX + "TOKEN");
        }
        if (mode == TelegramMode.WEBHOOK && webhookSecret.isBlank()) {
            missing.add(PREFIX + "WEBHOOKSECRET");
        }
        return missing;
    }

    String greetingText() {
        return greeting.isBlank() ? TelegramUpdates.DEFAULT_GREETING : greeting;
    }

    /** Without the token and the secret, since settings end up in logs and failure analyses. */
    @Override
    public String toString() {
        return "TelegramChannelProperties[mode=" + mode + ", webhookUrl=" + webhookUrl + ", baseUrl=" + baseUrl
                + ", pollInterval=" + pollInterval + ", missing=" + missing() + "]";
    }
}
