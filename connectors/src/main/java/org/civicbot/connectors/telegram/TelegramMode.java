package org.civicbot.connectors.telegram;

/**
 * How updates reach civicbot. Telegram allows one at a time: while a webhook is set, {@code getUpdates} answers
 * 409 Conflict.
 */
public enum TelegramMode {
    /** civicbot asks with {@code getUpdates}; works behind a firewall, no public address needed. */
    POLLING,
    /** Telegram posts every update to {@code /webhooks/telegram} with the secret token in a header. */
    WEBHOOK
}
