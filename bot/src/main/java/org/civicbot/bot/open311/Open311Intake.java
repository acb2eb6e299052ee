package org.civicbot.bot.open311;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.civicbot.bot.cases.TrackingToken;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.ingest.MessageRejectedException;
import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.classifier.Topic;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.SentPosition;
import org.civicbot.connectors.open311.Open311Channel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Posted service requests into the one way in for citizen messages. The pipeline decides asynchronously, so a
 * request is answered with a token (the message's external id); the token resolves to the case number once the
 * pipeline has opened (or joined) a case. What the app says about the citizen is used only to tell repeated
 * reporters apart (account id, device id or e-mail address, as the pseudonymous sender); names and phone
 * numbers are not kept, since an Open311 request is answered through the API, not by contacting the citizen.
 */
@Component
class Open311Intake {

    /** Longest accepted address_string; an address with a description of the spot fits. */
    static final int MAX_ADDRESS_LENGTH = 500;

    private final Open311ApiKeys keys;
    private final Open311Services services;
    private final Open311Channel channel;
    private final IngestService ingest;
    private final MessageRepository messages;

    Open311Intake(Open311ApiKeys keys, Open311Services services, Open311Channel channel, IngestService ingest,
                  MessageRepository messages) {
        this.keys = keys;
        this.services = services;
        this.channel = channel;
        this.ingest = ingest;
        this.messages = messages;
    }

    /**
     * Stores and queues a posted service request.
     *
     * @return the request's token
     * @throws Open311Exception 403 for a missing or wrong API key, 400 for missing or invalid parameters
     */
    String submit(Map<String, String> form, Locale locale) {
        if (!keys.accepts(form.get("api_key"))) {
            throw new Open311Exception(HttpStatus.FORBIDDEN,
                    "api_key is missing or not valid; ask the municipality for a key");
        }
        String code = required(form, "service_code");
        Topic service = services.find(code).orElseThrow(() -> Open311Exception.badRequest(
                "service_code " + code + " is not a service here; services.xml lists them"));
        form.keySet().stream().filter(name -> name.startsWith("attribute[") && !form.get(name).isBlank()).findFirst()
                .ifPresent(name -> {
                    throw Open311Exception.badRequest(name + " is not an attribute of " + code + ", which has none");
                });
        SentPosition position = position(form);
        String address = optional(form, "address_string");
        if (position == null && address == null) {
            throw Open311Exception.badRequest(optional(form, "address_id") != null
                    ? "address_id is not supported here; send lat and long, or address_string"
                    : "the location is missing: send lat and long, or address_string");
        }
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            throw Open311Exception.badRequest("address_string is " + address.length() + " characters long; the limit is "
                    + MAX_ADDRESS_LENGTH);
        }
        String token = TrackingToken.generate();
        InboundMessage message;
        try {
            message = channel.receive(token, sender(form, token),
                    text(services.name(service.name(), locale), optional(form, "description"), address),
                    position, optional(form, "media_url"));
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest(e.getMessage());
        }
        try {
            ingest.accept(message);
        } catch (MessageRejectedException e) {
            throw Open311Exception.badRequest(e.getMessage());
        }
        return token;
    }

    /**
     * The case number a token has come to, empty while the pipeline has not decided or a person must first
     * (triage).
     *
     * @throws Open311Exception 404 for a token that no request has
     */
    Optional<String> caseNumber(String token) {
        Optional<Message> message = TrackingToken.isWellFormed(token)
                ? messages.findIdByExternalId(Channel.OPEN311.id(), token).flatMap(messages::findById)
                : Optional.empty();
        return Optional.ofNullable(message.orElseThrow(() -> Open311Exception.notFound("No request has token " + token))
                .caseNumber());
    }

    /**
     * What the pipeline reads: the service (so the classifier knows what the app's form was for), the citizen's
     * description, and the address given, on its own line for the locator.
     */
    private static String text(String serviceName, String description, String address) {
        StringBuilder text = new StringBuilder(serviceName).append(':');
        if (description != null) {
            text.append(' ').append(description);
        }
        if (address != null) {
            text.append("\nPlats: ").append(address);
        }
        return text.toString();
    }

    /** lat and long together, or neither. */
    private static SentPosition position(Map<String, String> form) {
        String lat = optional(form, "lat");
        String lon = optional(form, "long");
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            throw Open311Exception.badRequest("lat and long go together; " + (lat == null ? "lat" : "long")
                    + " is missing");
        }
        try {
            return new SentPosition(Double.parseDouble(lat), Double.parseDouble(lon), null);
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest("lat and long must be WGS84 decimal degrees, such as 59.3793 and 13.5036");
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest(e.getMessage());
        }
    }

    /** The reporter as the app knows them, so their reports share one pseudonymous sender id. */
    private static String sender(Map<String, String> form, String token) {
        String account = optional(form, "account_id");
        if (account != null) {
            return "account:" + account;
        }
        String device = optional(form, "device_id");
        if (device != null) {
            return "device:" + device;
        }
        String email = optional(form, "email");
        return email != null ? "email:" + email.toLowerCase(Locale.ROOT) : "anonymous:" + token;
    }

    private static String required(Map<String, String> form, String name) {
        String value = optional(form, name);
        if (value == null) {
            throw Open311Exception.badRequest(name + " is missing");
        }
        return value;
    }

    private static String optional(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
