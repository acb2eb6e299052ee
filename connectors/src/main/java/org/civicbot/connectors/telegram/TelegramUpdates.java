package org.civicbot.connectors.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.attachment.AttachmentPolicy;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.location.Location;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Reads Telegram updates, however they came (webhook or getUpdates), as citizen messages: text, a shared
 * location (with its accuracy), a photo or an image sent as a file (downloaded, so its GPS tags can be read),
 * with the caption as text. {@code /start} is answered with a greeting and not stored: it is the button every
 * new conversation begins with, not something the citizen wrote. Everything else (edits, button presses,
 * channel posts, group chats) is left alone.
 */
public final class TelegramUpdates {

    /** What a citizen sees on pressing Start: Swedish first, then English. */
    public static final String DEFAULT_GREETING = """
            Hej! Här når du kommunen. Skriv vad du undrar eller vad som är fel, gärna var det är. \
            Du kan också skicka en bild eller din plats.
            Hi! This is the municipality. Write what you want to know or what is wrong, and where. \
            You can also send a photo or your location.""";

    /** Telegram recompresses photos to JPEG. */
    private static final String PHOTO_TYPE = "image/jpeg";
    /** {@code /start}, {@code /start@SomeBot} in groups, {@code /start payload} from a deep link. */
    private static final Pattern START = Pattern.compile("/start(@\\w+)?(\\s.*)?", Pattern.DOTALL);
    private static final System.Logger log = System.getLogger(TelegramUpdates.class.getName());

    private final TelegramBotApi api;
    private final MediaDownloader downloader;
    private final String greeting;

    public TelegramUpdates(TelegramBotApi api, MediaDownloader downloader, String greeting) {
        this.api = Objects.requireNonNull(api, "api");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        if (greeting == null || greeting.isBlank()) {
            throw new IllegalArgumentException("the /start greeting is empty");
        }
        this.greeting = greeting;
    }

    /**
     * What one update holds.
     *
     * @param message   the citizen message to store, or null
     * @param malformed the update lacks what every message has (chat, id, date): refuse it
     * @param detail    what was made of it, for logs
     */
    public record Reading(InboundMessage message, boolean malformed, String detail) {
        static Reading of(InboundMessage message) {
            return new Reading(message, false, "1 message");
        }

        static Reading ignored(String why) {
            return new Reading(null, false, why);
        }

        static Reading malformed(String why) {
            return new Reading(null, true, why);
        }
    }

    public Reading read(Update update) {
        Message message = update.getMessage();
        if (message == null) {
            return Reading.ignored(kind(update) + " is not read, only new messages");
        }
        if (message.getChat() == null || message.getChat().getId() == null || message.getMessageId() == null
                || message.getDate() == null) {
            return Reading.malformed("update " + update.getUpdateId() + " has a message without chat, id or date");
        }
        String chatId = message.getChatId().toString();
        if (!"private".equals(message.getChat().getType())) {
            return Reading.ignored("messages in " + message.getChat().getType()
                    + " chats are not read, only private chats with the bot");
        }
        if (message.hasText() && START.matcher(message.getText().strip()).matches()) {
            return greet(chatId);
        }
        SentPosition position;
        try {
            position = position(message.getLocation());
        } catch (IllegalArgumentException e) {
            return Reading.malformed("update " + update.getUpdateId() + ": " + e.getMessage());
        }
        String text = message.hasText() ? message.getText() : Objects.requireNonNullElse(message.getCaption(), "");
        List<Attachment> attachments = attachments(message);
        if (text.isBlank() && attachments.isEmpty() && position == null) {
            return Reading.ignored("a message with nothing civicbot reads (sticker, voice, video, contact, file)");
        }
        String sender = message.getFrom() == null ? chatId : message.getFrom().getId().toString();
        return Reading.of(new InboundMessage(Channel.TELEGRAM, chatId + ":" + message.getMessageId(), chatId, sender,
                text, Instant.ofEpochSecond(message.getDate()), attachments, position));
    }

    /** Sent at once: a greeting lost to an outage costs nothing, and it is not a reply to store. */
    private Reading greet(String chatId) {
        try {
            api.sendMessage(chatId, greeting);
            return Reading.ignored("/start answered with the greeting");
        } catch (PlatformException e) {
            log.log(System.Logger.Level.WARNING, "Telegram /start greeting not sent: {0}", e.getMessage());
            return Reading.ignored("/start; the greeting was not sent: " + e.getMessage());
        }
    }

    private static SentPosition position(Location location) {
        if (location == null) {
            return null;
        }
        Double accuracy = location.getHorizontalAccuracy();
        Integer meters = accuracy == null || accuracy <= 0 ? null : (int) Math.ceil(accuracy);
        return new SentPosition(location.getLatitude(), location.getLongitude(), meters);
    }

    private List<Attachment> attachments(Message message) {
        List<Attachment> attachments = new ArrayList<>();
        if (message.hasPhoto()) {
            // Telegram sends each photo in several sizes; the largest keeps the most detail.
            message.getPhoto().stream()
                    .max(Comparator.comparingLong(TelegramUpdates::pixels).thenComparingLong(TelegramUpdates::bytes))
                    .ifPresent(largest -> attachments.add(fetched(largest.getFileId(), PHOTO_TYPE, bytes(largest))));
        }
        Document document = message.getDocument();
        if (document != null && AttachmentPolicy.normalized(document.getMimeType()).startsWith("image/")) {
            // Sent "as a file", the original: its GPS tags survive, unlike a photo's.
            attachments.add(fetched(document.getFileId(), AttachmentPolicy.normalized(document.getMimeType()),
                    document.getFileSize() == null ? -1 : document.getFileSize()));
        }
        return attachments;
    }

    /**
     * The file with its content when the policy takes it and the download works; otherwise only its reference,
     * so the message is stored all the same. The reference names the file id, never the URL (it holds the token).
     */
    private Attachment fetched(String fileId, String mediaType, long sizeBytes) {
        String reference = "telegram:file/" + fileId;
        Attachment unfetched = new Attachment(mediaType, reference, sizeBytes);
        Optional<String> refused = downloader.policy().refusal(mediaType, sizeBytes);
        if (refused.isPresent()) {
            return unfetched;
        }
        try {
            File file = api.getFile(fileId);
            if (file.getFilePath() == null) {
                return unfetched;
            }
            MediaDownloader.Download download = downloader.download(api.fileUrl(file.getFilePath()), reference, Map.of());
            if (download.taken()) {
                return download.attachment();
            }
            log.log(System.Logger.Level.INFO, "Telegram file {0} not taken: {1}", reference, download.refusal());
            return unfetched;
        } catch (PlatformException e) {
            log.log(System.Logger.Level.WARNING, "Telegram file {0} not downloaded, kept by reference: {1}",
                    reference, e.getMessage());
            return unfetched;
        }
    }

    private static long pixels(PhotoSize size) {
        return size.getWidth() == null || size.getHeight() == null ? 0 : (long) size.getWidth() * size.getHeight();
    }

    private static long bytes(PhotoSize size) {
        return size.getFileSize() == null ? -1 : size.getFileSize();
    }

    private static String kind(Update update) {
        if (update.hasEditedMessage()) {
            return "an edited message";
        }
        if (update.hasCallbackQuery()) {
            return "a button press (callback_query)";
        }
        if (update.hasChannelPost() || update.hasEditedChannelPost()) {
            return "a channel post";
        }
        if (update.hasInlineQuery() || update.hasChosenInlineQuery()) {
            return "an inline query";
        }
        if (update.hasMyChatMember() || update.hasChatMember()) {
            return "a chat member change";
        }
        return "an update of another kind";
    }
}
