package org.civicbot.connectors.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.signature.HmacSignature;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;

/**
 * 46elks' incoming SMS and MMS callback ({@code POST /webhooks/sms/46elks}): a form with {@code id},
 * {@code from}, {@code to}, {@code message}, {@code created} (UTC) and for an MMS {@code image},
 * {@code image2}, … 46elks signs nothing; the callback URL carries HTTP basic credentials that we choose,
 * compared in constant time. The answer is 200 with an empty body: 46elks would send any text in it to the
 * citizen as a reply SMS.
 */
public final class ElksWebhook implements WebhookReceiver {

    public static final String PATH = "sms/46elks";
    /** 46elks sends at most this many pictures with one MMS ({@code image} … {@code image4}). */
    private static final int MAX_IMAGES = 4;

    private final ElksAccount account;
    private final SmsMedia media;
    private final Clock clock;

    public ElksWebhook(ElksAccount account, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.media = new SmsMedia(account.baseUrl(), account.apiUsername(), account.apiPassword());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public WebhookResponse receive(WebhookRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return WebhookResponse.unauthenticated("no Authorization header (basic credentials in the callback URL)");
        }
        if (!presentsOurCredentials(authorization)) {
            return WebhookResponse.forbidden("the callback's basic credentials are not the configured ones");
        }
        String id = request.parameter("id");
        String from = request.parameter("from");
        String direction = request.parameter("direction");
        if ((direction != null && !"incoming".equalsIgnoreCase(direction))
                || (from == null && request.parameter("status") != null)) {
            return WebhookResponse.ignored("46elks callback that is not an incoming message ("
                    + Optional.ofNullable(direction).orElse("status " + request.parameter("status")) + ")");
        }
        if (isBlank(id) || isBlank(from)) {
            return WebhookResponse.malformed("a 46elks message needs id and from");
        }
        Instant created;
        try {
            String value = request.parameter("created");
            created = isBlank(value) ? clock.instant() : LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return WebhookResponse.malformed("created is not a date and time: " + e.getParsedString());
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int n = 1; n <= MAX_IMAGES; n++) {
            String name = n == 1 ? "image" : "image" + n;
            String url = request.parameter(name);
            if (url == null) {
                continue;
            }
            Optional<Attachment> image = media.fetch(url, null);
            if (image.isEmpty()) {
                return WebhookResponse.malformed(name + " is not an http(s) URL");
            }
            attachments.add(image.get());
        }
        InboundMessage message = new InboundMessage(Channel.SMS, id, new SmsThread(ElksSender.NAME, from).id(), from,
                request.parameter("message"), created, attachments, null);
        return WebhookResponse.accepted(List.of(message));
    }

    /** Whether the basic credentials are ours; both parts are always compared, in constant time. */
    private boolean presentsOurCredentials(String authorization) {
        String value = authorization.trim();
        if (!value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = HmacSignature.sameSecret(account.webhookUsername(), decoded.substring(0, colon));
        boolean password = HmacSignature.sameSecret(account.webhookPassword(), decoded.substring(colon + 1));
        return user & password;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
