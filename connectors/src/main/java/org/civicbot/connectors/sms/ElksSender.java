package org.civicbot.connectors.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.retry.RetryAfter;

/**
 * Sends SMS through 46elks' REST API, {@code POST /a1/sms} with the form fields {@code from}, {@code to} and
 * {@code message} and the API credentials as HTTP basic authentication. 46elks has no Java SDK; its answer is
 * the created SMS as JSON, whose {@code id} is the receipt. 429 and 5xx are retryable, honouring
 * {@code Retry-After}; other refusals (a wrong number, no credit, wrong credentials) are not.
 */
public final class ElksSender implements SmsProvider {

    public static final String NAME = "46elks";
    /** Longest piece of a refusal's body kept in the error: 46elks explains in one short line. */
    private static final int ERROR_CHARACTERS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElksAccount account;
    private final HttpClient http;
    private final Clock clock;
    private final URI endpoint;
    private final String authorization;

    public ElksSender(ElksAccount account, HttpClient http, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.endpoint = URI.create(account.baseUrl().toString().replaceAll("/+$", "") + "/a1/sms");
        this.authorization = SmsMedia.basicAuthorization(account.apiUsername(), account.apiPassword());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fromNumber() {
        return account.fromNumber();
    }

    @Override
    public DeliveryReceipt send(String to, String text) throws DeliveryException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form("from", account.fromNumber(), "to", to, "message", text)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryException("46elks could not be reached: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while sending through 46elks", true, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw DeliveryException.of(PlatformException.ofStatus(status,
                    RetryAfter.fromHeader(response.headers().firstValue("Retry-After").orElse(null), clock),
                    "46elks refused the SMS to " + PhoneNumbers.mask(to) + " (HTTP " + status + "): "
                            + PhoneNumbers.maskAll(body.length() > ERROR_CHARACTERS
                            ? body.substring(0, ERROR_CHARACTERS) + "…" : body), null));
        }
        try {
            JsonNode id = JSON.readTree(response.body()).path("id");
            if (id.isTextual() && !id.asText().isBlank()) {
                return new DeliveryReceipt(id.asText());
            }
        } catch (IOException unreadable) {
            // handled below with the answer that has no id
        }
        // 46elks said yes, so the SMS may be on its way: sending again could repeat it.
        throw new DeliveryException("46elks accepted the SMS to " + PhoneNumbers.mask(to)
                + " but its answer has no message id", false, null);
    }

    /** A form body of name, value, name, value, … in that order. */
    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
