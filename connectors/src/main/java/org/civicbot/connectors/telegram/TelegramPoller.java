package org.civicbot.connectors.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.polling.MessagePoller;
import org.civicbot.connectors.polling.PollResult;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads the bot's messages with {@code getUpdates}; the cursor is the next offset (the last update id + 1).
 * Telegram forgets the updates before an offset once it is asked with it, so they are confirmed only on the
 * poll after the bot stored the cursor, that is after it stored the messages. The bot's scheduler holds the
 * single-poller lease and calls this in turn with the other channels' pollers, which is why getUpdates does
 * not wait for new updates (no long-poll timeout) and telegrambots' own long-polling threads are not used.
 */
public final class TelegramPoller implements MessagePoller {

    private final TelegramBotApi api;
    private final TelegramUpdates updates;
    private final Duration interval;

    public TelegramPoller(TelegramBotApi api, TelegramUpdates updates, Duration interval) {
        this.api = Objects.requireNonNull(api, "api");
        this.updates = Objects.requireNonNull(updates, "updates");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the Telegram polling interval must be positive, was " + interval);
        }
        this.interval = interval;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    /** The bot's id: one cursor and one lease per bot. */
    @Override
    public String account() {
        return api.botId();
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public PollResult poll(String cursor) throws PlatformException {
        List<Update> batch = api.getUpdates(offset(cursor));
        List<InboundMessage> messages = new ArrayList<>();
        String next = cursor;
        for (Update update : batch) {
            TelegramUpdates.Reading reading = updates.read(update);
            if (reading.message() != null) {
                messages.add(reading.message());
            }
            next = Integer.toString(update.getUpdateId() + 1);
        }
        return new PollResult(messages, next);
    }

    /** A cursor this poller wrote; anything else starts again from what Telegram still holds. */
    private static Integer offset(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return Integer.valueOf(cursor);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
