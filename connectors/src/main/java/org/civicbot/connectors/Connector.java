package org.civicbot.connectors;

/**
 * One channel's adapter: it sends replies ({@link ReplySender}) and takes messages in through a webhook
 * ({@link org.civicbot.connectors.webhook.WebhookReceiver}), by polling
 * ({@link org.civicbot.connectors.polling.MessagePoller}) or both. Adding a channel is one folder with a class
 * implementing this and the ways in the platform offers; the bot finds them by these interfaces.
 */
public interface Connector extends ReplySender {

    /** Whether it is configured, and what it is connected to. */
    ConnectorStatus status();
}
