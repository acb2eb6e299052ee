package org.civicbot.connectors.telegram;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.signature.HmacSignature;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram's webhook: one {@code Update} as JSON per POST to {@code /webhooks/telegram}. Telegram signs
 * nothing; it repeats the secret token given to {@code setWebhook} in a header, which is compared in constant
 * time before the body is read. Telegram delivers an update again until it gets a 2xx, and its
 * {@code update_id} is not needed to drop the repeat: the message's external id is.
 */
public final class TelegramWebhook implements WebhookReceiver {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** What Telegram accepts as a secret token. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    /** Update kinds newer than the library are read as an update of no known kind, and ignored. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramUpdates updates;
    private final String secretToken;

    public TelegramWebhook(TelegramUpdates updates, String secretToken) {
        this.updates = Objects.requireNonNull(updates, "updates");
        if (secretToken == null || !SECRET.matcher(secretToken).matches()) {
            throw new IllegalArgumentException(
                    "The Telegram webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
        this.secretToken = secretToken;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public WebhookResponse receive(WebhookRequest request) {
        String presented = request.header(SECRET_HEADER);
        if (presented == null) {
            return WebhookResponse.unauthenticated("no " + SECRET_HEADER + " header");
        }
        if (!HmacSignature.sameSecret(secretToken, presented)) {
            return WebhookResponse.forbidden("wrong " + SECRET_HEADER);
        }
        if (!request.isPost()) {
            return WebhookResponse.malformed("Telegram delivers updates with POST, not " + request.method());
        }
        Update update;
        try {
            update = JSON.readValue(request.body(), Update.class);
        } catch (JsonProcessingException e) {
            return WebhookResponse.malformed("not a Telegram Update: " + e.getOriginalMessage());
        } catch (IOException e) {
            return WebhookResponse.malformed("not a Telegram Update: " + e.getMessage());
        }
        if (update == null || update.getUpdateId() == null) {
            return WebhookResponse.malformed("not a Telegram Update: no update_id");
        }
        TelegramUpdates.Reading reading = updates.read(update);
        if (reading.malformed()) {
            return WebhookResponse.malformed(reading.detail());
        }
        return reading.message() == null ? WebhookResponse.ignored(reading.detail())
                : WebhookResponse.accepted(List.of(reading.message()));
    }
}
