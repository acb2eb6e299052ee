package org.civicbot.connectors.facebook;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.ConnectorStatus;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.attachment.MediaDownloader;
import org.civicbot.connectors.signature.HmacSignature;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;

/**
 * A Facebook Page: Messenger conversations and comments on the Page's posts come in through the webhook
 * ({@code /webhooks/facebook}), replies go out through the Graph API (see {@link FacebookReplies}).
 *
 * <p>The webhook answers Meta's subscription handshake ({@code GET} with {@code hub.mode=subscribe}, the verify
 * token and a challenge to echo) and takes deliveries only with a valid {@code X-Hub-Signature-256}: the
 * HMAC-SHA256 of the raw body with the app secret, compared in constant time (restfb does not check it).
 */
public final class FacebookChannel implements Connector, WebhookReceiver {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    private static final String SIGNATURE_PREFIX = "sha256=";

    private final FacebookSettings settings;
    private final HmacSignature signature;
    private final PageEvents events;
    private final FacebookReplies replies;

    public FacebookChannel(FacebookSettings settings, FacebookGraph graph, MediaDownloader downloader, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signature = HmacSignature.sha256(settings.appSecret());
        this.events = new PageEvents(settings.pageId(), downloader, clock);
        this.replies = new FacebookReplies(graph, settings.pageId(), settings.humanAgentTag(), clock);
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public ConnectorStatus status() {
        return ConnectorStatus.on(Channel.FACEBOOK, "page " + settings.pageId() + ", webhook /webhooks/" + path()
                + (settings.humanAgentTag() ? ", HUMAN_AGENT tag on" : ""));
    }

    @Override
    public WebhookResponse receive(WebhookRequest request) {
        if (!request.isPost()) {
            return handshake(request);
        }
        String presented = request.header(SIGNATURE_HEADER);
        if (presented == null || presented.isBlank()) {
            return WebhookResponse.unauthenticated(SIGNATURE_HEADER + " is missing");
        }
        if (!signature.matchesHex(request.body(), presented, SIGNATURE_PREFIX)) {
            return WebhookResponse.forbidden(SIGNATURE_HEADER + " does not match the body signed with the app secret");
        }
        PageEvents.Reading reading;
        try {
            reading = events.read(request.bodyText());
        } catch (PageEvents.MalformedDelivery e) {
            return WebhookResponse.malformed(e.getMessage());
        }
        if (reading.unavailable() != null) {
            // Nothing of it is stored; Facebook delivers it again after an answer other than 200.
            return new WebhookResponse(503, null, null, List.of(),
                    "a citizen's photo cannot be fetched now: " + reading.unavailable().getMessage());
        }
        if (reading.messages().isEmpty()) {
            return WebhookResponse.ignored("ignored: " + String.join(", ", reading.ignored()));
        }
        return WebhookResponse.accepted(reading.messages());
    }

    /** Meta's subscription check: echo the challenge when the verify token is ours. */
    private WebhookResponse handshake(WebhookRequest request) {
        if (!"subscribe".equals(request.parameter("hub.mode"))) {
            return WebhookResponse.malformed("expected hub.mode=subscribe");
        }
        if (!HmacSignature.sameSecret(settings.verifyToken(), request.parameter("hub.verify_token"))) {
            return WebhookResponse.forbidden("hub.verify_token is not the configured verify token");
        }
        String challenge = request.parameter("hub.challenge");
        if (challenge == null || challenge.isEmpty()) {
            return WebhookResponse.malformed("hub.challenge is missing");
        }
        return WebhookResponse.challenge(challenge);
    }

    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        return replies.send(reply);
    }
}
