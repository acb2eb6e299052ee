package org.civicbot.connectors.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request a platform made to our webhook, as the connector needs it to check and read it: the raw
 * body (signatures are computed over the exact bytes), the headers, the query and form parameters, and the
 * URL the platform called (Twilio signs that URL; behind a proxy it is the public one, not the local one).
 *
 * @param method     {@code GET} for handshakes (Facebook's verify token), {@code POST} for deliveries
 * @param url        the public URL the platform called, with its query string
 * @param headers    header names in any case; looked up case-insensitively
 * @param parameters query parameters and, for form posts, the form fields, in order
 * @param body       the raw body, never null
 */
public record WebhookRequest(String method, URI url, Map<String, List<String>> headers,
                             Map<String, List<String>> parameters, byte[] body) {

    public WebhookRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        }
        headers = Collections.unmodifiableMap(caseless);
        parameters = parameters == null ? Map.of() : copyOf(parameters);
        body = body == null ? new byte[0] : body.clone();
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> parameters) {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8 (malformed bytes become U+FFFD; check signatures on {@link #body()}). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a query or form parameter, or null. */
    public String parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean isPost() {
        return "POST".equals(method.toUpperCase(Locale.ROOT));
    }
}
