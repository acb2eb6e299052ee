package org.civicbot.connectors.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.ConnectorStatus;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.SentPosition;

/**
 * Service requests that fault-report apps post through the Open311 GeoReport v2 API. A request becomes an
 * ordinary citizen message, so the pipeline classifies, places and decides it like any other. Open311 has no
 * way to push a reply to the app: the app reads the request's status back through the API, so sending a reply
 * only accepts it.
 */
public final class Open311Channel implements Connector {

    /** Longest accepted sender reference (account id, device id or e-mail address). */
    public static final int MAX_SENDER_LENGTH = 254;
    /** Longest accepted media URL; browsers and servers handle this much. */
    public static final int MAX_MEDIA_URL_LENGTH = 2_048;

    private final Clock clock;
    private final ConnectorStatus status;

    /**
     * @param access how requests may be posted (which API keys are accepted), for health
     */
    public Open311Channel(Clock clock, String access) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = ConnectorStatus.on(Channel.OPEN311, "GeoReport v2 at /open311/v2; " + access);
    }

    /**
     * Turns a posted service request into an inbound message.
     *
     * @param token    the request's token, unique: it is the message's external id and thread
     * @param sender   who reports, as the app knows them (account id, device id, e-mail address)
     * @param text     what the pipeline reads: the service, the citizen's description and the address given
     * @param position the point the app sent; null when it sent an address instead
     * @param mediaUrl a public http(s) URL of a photo of the problem; null for none
     * @throws IllegalArgumentException with a message saying what is wrong with the sender or the media URL
     */
    public InboundMessage receive(String token, String sender, String text, SentPosition position, String mediaUrl) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(sender, "sender");
        if (sender.length() > MAX_SENDER_LENGTH
                || sender.codePoints().anyMatch(cp -> Character.isISOControl(cp)
                        || Character.getType(cp) == Character.SURROGATE)) {
            throw new IllegalArgumentException("the account id, device id or e-mail address is longer than "
                    + MAX_SENDER_LENGTH + " characters or holds control characters");
        }
        List<Attachment> attachments = mediaUrl == null ? List.of() : List.of(media(mediaUrl));
        return new InboundMessage(Channel.OPEN311, token, token, sender, text, clock.instant(), attachments, position);
    }

    /** The media URL as an attachment that is not downloaded: its type guessed from the file name. */
    private static Attachment media(String url) {
        if (url.length() > MAX_MEDIA_URL_LENGTH) {
            throw new IllegalArgumentException("media_url is " + url.length() + " characters long; the limit is "
                    + MAX_MEDIA_URL_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("media_url is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("media_url must be an absolute http or https URL");
        }
        String type = uri.getPath() == null ? null : URLConnection.guessContentTypeFromName(uri.getPath());
        return new Attachment(type == null ? "application/octet-stream" : type, url, -1);
    }

    @Override
    public Channel channel() {
        return Channel.OPEN311;
    }

    @Override
    public ConnectorStatus status() {
        return status;
    }

    /**
     * Accepts the reply: the app learns of the case through {@code GET requests}, not through a message. The
     * receipt id comes from the reply key, so a reply re-sent after a crash is recognisably the same reply.
     */
    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        if (reply.channel() != Channel.OPEN311) {
            throw new DeliveryException("The Open311 channel cannot send a " + reply.channel().id() + " reply", false,
                    null);
        }
        return new DeliveryReceipt("open311:" + reply.replyKey());
    }
}
