package org.civicbot.connectors.sms;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.twilio.security.RequestValidator;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;

/**
 * Twilio's incoming-message webhook ({@code POST /webhooks/sms/twilio}): a form with {@code MessageSid},
 * {@code From}, {@code To}, {@code Body}, {@code NumMedia} and for an MMS {@code MediaUrlN} and
 * {@code MediaContentTypeN}. {@code X-Twilio-Signature} is checked first with the SDK's
 * {@link RequestValidator} (HMAC-SHA1 with the auth token over the public URL and the sorted form fields).
 * Twilio puts no time in what it signs, so a replayed delivery passes the check; it is stored once by its
 * {@code MessageSid}. The answer is empty TwiML: the reply comes later through the Messages API.
 */
public final class TwilioWebhook implements WebhookReceiver {

    public static final String PATH = "sms/twilio";
    public static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    public static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    /** Twilio delivers at most ten media files with one message. */
    private static final int MAX_MEDIA = 10;

    private final RequestValidator validator;
    private final SmsMedia media;
    private final Clock clock;

    public TwilioWebhook(TwilioAccount account, Clock clock) {
        this.validator = new RequestValidator(account.authToken());
        this.media = new SmsMedia(account.baseUrl(), account.accountSid(), account.authToken());
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
        String signature = request.header(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            return WebhookResponse.unauthenticated("no " + SIGNATURE_HEADER + " header");
        }
        Optional<Map<String, String>> signed = signedFields(request);
        if (signed.isEmpty() || !validator.validate(request.url().toString(), signed.get(), signature)) {
            return WebhookResponse.forbidden(SIGNATURE_HEADER + " does not match this URL and form with the "
                    + "account's auth token");
        }
        String status = Optional.ofNullable(request.parameter("MessageStatus")).orElse(request.parameter("SmsStatus"));
        if (status != null && !"received".equalsIgnoreCase(status)) {
            return WebhookResponse.ignored("Twilio status callback (" + status + ")");
        }
        String sid = request.parameter("MessageSid");
        String from = request.parameter("From");
        if (isBlank(sid) || isBlank(from)) {
            return WebhookResponse.malformed("a Twilio message needs MessageSid and From");
        }
        int mediaCount;
        try {
            mediaCount = Integer.parseInt(Optional.ofNullable(request.parameter("NumMedia")).orElse("0").trim());
        } catch (NumberFormatException e) {
            return WebhookResponse.malformed("NumMedia is not a number");
        }
        if (mediaCount < 0 || mediaCount > MAX_MEDIA) {
            return WebhookResponse.malformed("NumMedia must be 0 to " + MAX_MEDIA + ", was " + mediaCount);
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < mediaCount; i++) {
            String url = request.parameter("MediaUrl" + i);
            Optional<Attachment> attachment = url == null ? Optional.empty()
                    : media.fetch(url, request.parameter("MediaContentType" + i));
            if (attachment.isEmpty()) {
                return WebhookResponse.malformed("MediaUrl" + i + " is missing or not an http(s) URL");
            }
            attachments.add(attachment.get());
        }
        InboundMessage message = new InboundMessage(Channel.SMS, sid, new SmsThread(TwilioSender.NAME, from).id(),
                from, request.parameter("Body"), clock.instant(), attachments, null);
        return WebhookResponse.accepted(List.of(message), EMPTY_TWIML, "text/xml");
    }

    /**
     * What Twilio signed besides the URL: the fields of a form body (a GET webhook has its parameters in the
     * URL itself, which is signed whole). Read from the raw body, not from the request's parameters, which
     * also hold the query string. Empty when the body is not a readable form.
     */
    private static Optional<Map<String, String>> signedFields(WebhookRequest request) {
        Map<String, String> fields = new HashMap<>();
        if (!request.isPost()) {
            return Optional.of(fields);
        }
        try {
            for (String pair : request.bodyText().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.put(name, value);
            }
        } catch (IllegalArgumentException notAForm) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
