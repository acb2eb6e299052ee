package org.civicbot.connectors.sms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.civicbot.connectors.signature.HmacSignature;
import org.civicbot.connectors.webhook.WebhookRequest;

/** The providers' documented payloads (src/test/resources/sms) and requests made of them as the bot makes them. */
final class SmsFixtures {

    static final String TWILIO_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    static final String TWILIO_TOKEN = "12345678901234567890123456789012";
    static final String TWILIO_NUMBER = "+46766861004";
    static final String ELKS_USER = "u2c0d7a9b1e4f3a6c5d8e7f0a1b2c3d4e";
    static final String ELKS_PASSWORD = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    static final String ELKS_NUMBER = "+46766860000";
    static final String WEBHOOK_USER = "civicbot";
    static final String WEBHOOK_PASSWORD = "k7Qx-93fz-LmWp-20Te";

    private SmsFixtures() {
    }

    /** A form fixture's fields in order: one {@code name=value} a line, {@code #} lines are comments. */
    static LinkedHashMap<String, String> form(String fixture) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (String line : text(fixture).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            fields.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return fields;
    }

    static String text(String fixture) {
        try (InputStream in = SmsFixtures.class.getResourceAsStream("/sms/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture sms/" + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * {@code X-Twilio-Signature} as Twilio computes it: HMAC-SHA1 with the auth token over the URL followed by
     * every form field's name and value, sorted by name; base64.
     */
    static String twilioSignature(String authToken, String url, Map<String, String> fields) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
        return new HmacSignature(HmacSignature.HMAC_SHA1, authToken)
                .signBase64(signed.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A form POST as the bot's webhook controller hands it over: raw body, headers, parsed fields. */
    static WebhookRequest formPost(String url, Map<String, String> headers, String body) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            parameters.computeIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    name -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        Map<String, List<String>> headerLists = new LinkedHashMap<>();
        headers.forEach((name, value) -> headerLists.put(name, List.of(value)));
        headerLists.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        return new WebhookRequest("POST", URI.create(url), headerLists, parameters,
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** A small real JPEG, as a phone's photo would arrive. */
    static byte[] jpeg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
