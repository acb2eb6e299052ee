package org.civicbot.connectors.telegram;

import java.util.Objects;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.ConnectorStatus;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.PlatformException;

/**
 * Answers citizens in their Telegram chat with {@code sendMessage}. Telegram has no idempotency key: a reply
 * retried after a crash between Telegram's answer and the outbox's commit is shown twice. A 429 carries
 * {@code retry_after}, which the outbox honours; a user who blocked the bot gives 403, which no retry changes.
 */
public final class TelegramConnector implements Connector {

    private final TelegramBotApi api;
    private final TelegramMode mode;

    public TelegramConnector(TelegramBotApi api, TelegramMode mode) {
        this.api = Objects.requireNonNull(api, "api");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public ConnectorStatus status() {
        return ConnectorStatus.on(Channel.TELEGRAM, "bot " + api.botId() + ", "
                + (mode == TelegramMode.WEBHOOK ? "webhook /webhooks/telegram" : "polling getUpdates"));
    }

    /** The chat is the thread (a private chat's id is the user's id, so the recipient serves as well). */
    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        String chatId = reply.threadId() != null ? reply.threadId() : reply.recipientRef();
        try {
            return new DeliveryReceipt(chatId + ":" + api.sendMessage(chatId, reply.text()).getMessageId());
        } catch (PlatformException e) {
            throw DeliveryException.of(e);
        }
    }
}
