package org.civicbot.connectors.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import okhttp3.OkHttpClient;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.retry.RetryAfter;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API calls civicbot makes, through telegrambots' {@link OkHttpTelegramClient}, with Telegram's errors
 * turned into {@link PlatformException}s. The bot token is in every URL the library calls
 * ({@code /bot<token>/<method>}); it never leaves this class in a message, a log line or a stored reference.
 */
public final class TelegramBotApi {

    /** Telegram's own Bot API server; tests and a self-hosted Bot API server give another. */
    public static final URI OFFICIAL_SERVER = URI.create("https://api.telegram.org");

    /**
     * The only update kind civicbot reads. Asking for no others keeps edits, reactions and member changes off
     * the wire, and keeps update kinds newer than the library (which it could not read) out of getUpdates.
     */
    static final List<String> READ_UPDATES = List.of("message");

    /** BotFather's tokens: the bot's numeric id, a colon, the secret part. */
    private static final Pattern TOKEN = Pattern.compile("(\\d+):[A-Za-z0-9_-]+");
    private static final int BATCH = 100;

    private final TelegramClient client;
    private final String token;
    private final URI server;
    private final String botId;

    TelegramBotApi(TelegramClient client, String token, URI server) {
        this.client = Objects.requireNonNull(client, "client");
        this.token = Objects.requireNonNull(token, "token");
        this.server = Objects.requireNonNull(server, "server");
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("The Telegram bot token is not of BotFather's form <bot id>:<secret>");
        }
        this.botId = matcher.group(1);
    }

    /**
     * The Bot API of this bot on a server ({@link #OFFICIAL_SERVER}, or a fake one in tests).
     *
     * @param server scheme, host and port only: the library builds {@code /bot<token>/<method>} under it
     */
    public static TelegramBotApi connect(String token, URI server) {
        if (server.getHost() == null || (server.getPath() != null && !server.getPath().isEmpty()
                && !server.getPath().equals("/"))) {
            throw new IllegalArgumentException("The Telegram server must be scheme://host[:port], was " + server);
        }
        int port = server.getPort() != -1 ? server.getPort() : "http".equalsIgnoreCase(server.getScheme()) ? 80 : 443;
        TelegramUrl url = new TelegramUrl(server.getScheme(), server.getHost(), port, false);
        // getUpdates is called without a long-poll timeout (see TelegramPoller), so no call waits long.
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(30))
                .build();
        return new TelegramBotApi(new OkHttpTelegramClient(http, token, url), token, server);
    }

    /** The bot's numeric id (the part of the token before the colon; public, unlike the rest). */
    public String botId() {
        return botId;
    }

    /** Sends a plain text message to a chat. */
    Message sendMessage(String chatId, String text) throws PlatformException {
        try {
            return client.execute(SendMessage.builder().chatId(chatId).text(text).build());
        } catch (TelegramApiException e) {
            throw failure("sendMessage", e);
        }
    }

    /** The file's path on the file server, valid for at least an hour. */
    File getFile(String fileId) throws PlatformException {
        try {
            return client.execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            throw failure("getFile", e);
        }
    }

    /**
     * Up to 100 pending message updates from the offset on, without waiting for new ones. Asking with an offset
     * confirms every update before it: Telegram forgets them.
     *
     * @param offset the first update id wanted, or null for everything Telegram holds (at most 24 hours)
     */
    List<Update> getUpdates(Integer offset) throws PlatformException {
        try {
            return client.execute(GetUpdates.builder().offset(offset).limit(BATCH).timeout(0)
                    .allowedUpdates(READ_UPDATES).build());
        } catch (TelegramApiException e) {
            throw failure("getUpdates", e);
        }
    }

    /**
     * Tells Telegram to post this bot's message updates to the URL (HTTPS, port 443, 80, 88 or 8443), with the
     * secret token in the {@code X-Telegram-Bot-Api-Secret-Token} header of every post. Replaces any webhook set
     * before; from then on getUpdates is refused until the webhook is deleted.
     *
     * @param url         the public address of {@code /webhooks/telegram}
     * @param secretToken 1–256 characters of A–Z, a–z, 0–9, _ and -
     */
    public void setWebhook(URI url, String secretToken) throws PlatformException {
        try {
            client.execute(SetWebhook.builder().url(url.toString()).secretToken(secretToken)
                    .allowedUpdates(READ_UPDATES).build());
        } catch (TelegramApiException e) {
            throw failure("setWebhook", e);
        }
    }

    /** Where the file server has a file: {@code <server>/file/bot<token>/<file_path>}. Holds the token. */
    URI fileUrl(String filePath) {
        String base = server.toString().replaceAll("/+$", "");
        return URI.create(base + "/file/bot" + token + "/" + filePath);
    }

    /**
     * What a failed call means. Telegram answers errors as JSON ({@code error_code}, {@code description},
     * {@code parameters.retry_after} on 429); the library reads the body whatever the HTTP status, so a body it
     * cannot read (a proxy's error page) or none at all (network) is a failure of the way there: retryable.
     * The library's exception is not kept as the cause: its chain may hold the request, and so the token.
     */
    private PlatformException failure(String method, TelegramApiException e) {
        if (e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null
                && refused.getErrorCode() > 0) {
            Integer seconds = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
            Duration retryAfter = seconds == null ? null
                    : Duration.ofSeconds(Math.max(0, Math.min(seconds, RetryAfter.LONGEST.toSeconds())));
            return PlatformException.ofStatus(refused.getErrorCode(), retryAfter, "Telegram " + method
                    + " answered " + refused.getErrorCode() + ": " + redacted(refused.getApiResponse()), null);
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof TelegramApiValidationException invalid) {
            // The library checked the request before sending it (an empty text): no retry makes it valid.
            return new PlatformException("Telegram " + method + " not sent: " + redacted(invalid.getMessage()),
                    false, null, null);
        }
        return PlatformException.ofStatus(0, null, "Telegram " + method + " failed: " + redacted(cause.toString()),
                null);
    }

    /** The text with the token cut out, in case a library or network message ever carries the URL. */
    private String redacted(String text) {
        return text == null ? "" : text.replace(token, "<token>");
    }
}
