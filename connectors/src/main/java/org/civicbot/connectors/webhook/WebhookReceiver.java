package org.civicbot.connectors.webhook;

import org.civicbot.connectors.Channel;

/**
 * A channel whose platform pushes messages to us over HTTP. The bot serves {@code GET} and {@code POST
 * /webhooks/}{@link #path()} and hands every request here. Implementations check the signature first and store
 * nothing from a request that fails it; they never throw for bad input, they answer with a refusing
 * {@link WebhookResponse}.
 */
public interface WebhookReceiver {

    Channel channel();

    /**
     * Where the platform is told to deliver, under {@code /webhooks/}: the channel's id ({@code telegram}), or
     * the channel and the provider when one channel has several ({@code sms/twilio}, {@code sms/46elks}).
     */
    default String path() {
        return channel().id();
    }

    WebhookResponse receive(WebhookRequest request);
}
