package org.civicbot.connectors.facebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicbot.connectors.signature.HmacSignature;
import org.civicbot.connectors.webhook.WebhookRequest;

/** The documented Facebook payloads kept under {@code src/test/resources/facebook/}, and signed deliveries of them. */
final class Fixtures {

    static final String PAGE_ID = "104213458123456";
    static final String PSID = "6782391846521234";
    static final String APP_SECRET = "0f3c9a1b2d4e5f60718293a4b5c6d7e8";
    static final String VERIFY_TOKEN = "karlstad-verify-2026";
    static final String PAGE_TOKEN = "EAAGm0PX4ZCpsBAPageTokenForTests";

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/facebook/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String signatureOf(byte[] body) {
        return "sha256=" + HmacSignature.sha256(APP_SECRET).signHex(body);
    }

    /** A POST as Meta makes it: the body signed with the app secret. */
    static WebhookRequest signedDelivery(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return delivery(bytes, Map.of("X-Hub-Signature-256", List.of(signatureOf(bytes))));
    }

    static WebhookRequest delivery(byte[] body, Map<String, List<String>> headers) {
        return new WebhookRequest("POST", URI.create("https://civicbot.example.se/webhooks/facebook"), headers,
                Map.of(), body);
    }

    static WebhookRequest handshake(String mode, String token, String challenge) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (mode != null) {
            parameters.put("hub.mode", List.of(mode));
        }
        if (token != null) {
            parameters.put("hub.verify_token", List.of(token));
        }
        if (challenge != null) {
            parameters.put("hub.challenge", List.of(challenge));
        }
        return new WebhookRequest("GET", URI.create("https://civicbot.example.se/webhooks/facebook"), Map.of(),
                parameters, null);
    }
}
