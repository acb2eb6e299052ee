package org.civicbot.bot.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Talks to a running civicbot over real HTTP, as a platform or a staff client would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    public HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A POST without a body, as for an action like publishing. */
    public HttpResponse<String> post(String path) {
        return send("POST", path, null, HttpRequest.BodyPublishers.noBody());
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send("PUT", path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Any request; a publisher of unknown length (ofInputStream) is sent chunked, without a Content-Length. */
    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body of a simulator post, for a test to add a position or a photo to. */
    public static ObjectNode simulatorPost(String sender, String text) {
        return JSON.createObjectNode().put("sender", sender).put("text", text);
    }

    public HttpResponse<String> simulate(ObjectNode post) {
        return postJson("/api/simulator/messages", post.toString());
    }

    /** Posts a simulator message; {@code externalId} may be null. */
    public HttpResponse<String> simulate(String sender, String text, String externalId) {
        ObjectNode body = simulatorPost(sender, text);
        if (externalId != null) {
            body.put("externalId", externalId);
        }
        return simulate(body);
    }

    /** Posts a simulator message that must be accepted, and returns its id. */
    public long simulateAccepted(String sender, String text) {
        return simulateAccepted(simulatorPost(sender, text));
    }

    public long simulateAccepted(ObjectNode post) {
        HttpResponse<String> response = simulate(post);
        if (response.statusCode() != 202) {
            throw new AssertionError("Expected 202 but got " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("messageId").asLong();
    }

    /** Waits (up to the given time) for the pipeline to decide the message, and returns its view. */
    public JsonNode awaitDecided(long messageId, Duration atMost) {
        JsonNode[] decided = new JsonNode[1];
        await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode message = json(get("/api/messages/" + messageId));
            boolean done = !"RECEIVED".equals(message.get("state").asString())
                    && message.get("replies").findValues("state").stream()
                    .noneMatch(state -> "PENDING".equals(state.asString()));
            decided[0] = message;
            return done;
        });
        return decided[0];
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
