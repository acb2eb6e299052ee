package org.civicbot.connectors.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.civicbot.connectors.webhook.WebhookRequest;

/** The documented payloads in src/test/resources/telegram, and a bot pointed at the fake Bot API server. */
final class TelegramFixtures {

    /** The token format from the Bot API reference ("Authorizing your bot"). */
    static final String TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";
    static final String BOT_PATH = "/bot" + TOKEN;
    static final String SECRET = "s3cret_Token-for-webhooks";

    private TelegramFixtures() {
    }

    static String json(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = TelegramFixtures.class.getResourceAsStream("/telegram/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TelegramBotApi api(WireMockExtension telegram) {
        return TelegramBotApi.connect(TOKEN, URI.create(telegram.baseUrl()));
    }

    static TelegramUpdates updates(TelegramBotApi api) {
        return new TelegramUpdates(api, MediaDownloader.withDefaults(), TelegramUpdates.DEFAULT_GREETING);
    }

    /** A webhook delivery as the bot's controller hands it over. */
    static WebhookRequest delivery(String secret, byte[] body) {
        Map<String, List<String>> headers = secret == null ? Map.of("Content-Type", List.of("application/json"))
                : Map.of("Content-Type", List.of("application/json"),
                "x-telegram-bot-api-secret-token", List.of(secret));
        return new WebhookRequest("POST", URI.create("https://civic.example/webhooks/telegram"), headers, Map.of(),
                body);
    }
}
