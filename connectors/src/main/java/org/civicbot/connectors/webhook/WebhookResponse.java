package org.civicbot.connectors.webhook;

import java.util.List;
import java.util.Objects;

import org.civicbot.connectors.InboundMessage;

/**
 * What a connector made of a webhook request: the messages to store, and what to answer the platform. The bot
 * stores the messages before it answers, so a 200 always means "stored"; if storing fails it answers 503
 * instead and the platform delivers again.
 *
 * @param status      the HTTP status to answer
 * @param body        the answer's body (a handshake's challenge, Twilio's empty TwiML), or null for none
 * @param contentType the body's media type, or null for none
 * @param messages    the citizen messages in the request; empty for handshakes and ignored events
 * @param detail      for staff and logs: why it was ignored or refused (never sent to the platform when the
 *                    request is accepted)
 */
public record WebhookResponse(int status, String body, String contentType, List<InboundMessage> messages,
                              String detail) {

    public WebhookResponse {
        messages = messages == null ? List.of() : List.copyOf(messages);
        Objects.requireNonNull(detail, "detail");
    }

    /** Messages to store; the platform gets 200 with this body once they are stored. */
    public static WebhookResponse accepted(List<InboundMessage> messages, String body, String contentType) {
        return new WebhookResponse(200, body, contentType, messages, messages.size() + " message(s)");
    }

    /** Messages to store; the platform gets 200 and an empty body once they are stored. */
    public static WebhookResponse accepted(List<InboundMessage> messages) {
        return accepted(messages, null, null);
    }

    /** A handshake: answer 200 with this plain text. */
    public static WebhookResponse challenge(String text) {
        return new WebhookResponse(200, text, "text/plain", List.of(), "handshake answered");
    }

    /**
     * An event civicbot does not handle (a delivery receipt, a reaction, an unknown type): 200, so the platform
     * does not retry it forever, and nothing stored.
     */
    public static WebhookResponse ignored(String why) {
        return new WebhookResponse(200, null, null, List.of(), why);
    }

    /** The signature or token is missing: 401, nothing stored. */
    public static WebhookResponse unauthenticated(String why) {
        return new WebhookResponse(401, null, null, List.of(), why);
    }

    /** The signature or token is wrong (forged, replayed, another app's): 403, nothing stored. */
    public static WebhookResponse forbidden(String why) {
        return new WebhookResponse(403, null, null, List.of(), why);
    }

    /** The body cannot be read as the platform's format: 400, nothing stored. */
    public static WebhookResponse malformed(String why) {
        return new WebhookResponse(400, null, null, List.of(), why);
    }

    public boolean isRefused() {
        return status >= 400;
    }
}
